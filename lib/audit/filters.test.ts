import { describe, expect, it } from 'vitest';
import { parseAuditUrl, toFilters, zonedMidnightIso } from './filters';

describe('audit URL filters', () => {
  it('turns days in the display zone into instants', () => {
    expect(zonedMidnightIso('2026-12-02', 'Asia/Kolkata')).toBe('2026-12-01T18:30:00.000Z');
    expect(zonedMidnightIso('2026-12-02', 'UTC')).toBe('2026-12-02T00:00:00.000Z');
    const f = toFilters(parseAuditUrl({ from: '2026-12-01', to: '2026-12-02', outcome: 'denied' }), 'Asia/Kolkata');
    expect(f).toMatchObject({
      fromIso: '2026-11-30T18:30:00.000Z',
      toIso: '2026-12-02T18:30:00.000Z',
      outcome: 'denied',
    });
  });

  it('ignores what it cannot read instead of failing the page', () => {
    expect(parseAuditUrl({ page: 'x', outcome: 'maybe', from: '2026-13' })).toMatchObject({
      page: 1,
      outcome: undefined,
      from: undefined,
    });
  });

  it('a client scope wins over the client in the URL', () => {
    expect(toFilters(parseAuditUrl({ client: 'CLB' }), 'UTC', { clientId: 'CLA' }).clientId).toBe('CLA');
  });
});
