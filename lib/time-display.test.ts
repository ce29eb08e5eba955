import { describe, expect, it } from 'vitest';
import { formatTimestamp, zoneLabel } from './time-display';

describe('formatTimestamp', () => {
  it('shows the display zone and names it', () => {
    expect(formatTimestamp('2026-12-02T04:11:00Z', 'Asia/Kolkata')).toBe('2 Dec 2026, 09:41 IST');
    expect(formatTimestamp('2026-12-02 04:11:00', 'UTC')).toBe('2 Dec 2026, 04:11 UTC');
    expect(formatTimestamp(Date.UTC(2026, 0, 5, 23, 30), 'Asia/Kolkata')).toBe('6 Jan 2026, 05:00 IST');
  });

  it('says nothing was there rather than inventing a time, and survives a bad zone', () => {
    expect(formatTimestamp(null, 'Asia/Kolkata')).toBe('—');
    expect(formatTimestamp('not a time', 'Asia/Kolkata')).toBe('—');
    expect(formatTimestamp('2026-12-02T04:11:00Z', 'Mars/Olympus')).toBe('2 Dec 2026, 04:11 UTC');
    expect(zoneLabel('Asia/Kolkata')).toBe('IST');
  });
});
