import { describe, expect, it } from 'vitest';
import { formatRupees, rupeesText } from '@/lib/money';
import { DAY_MS, validity } from '@/lib/time';
import { clientsCsv, csvCell } from './csv';
import { toClientRow } from './list';

describe('csvCell', () => {
  it('leaves plain values alone', () => expect(csvCell('Sharma Textiles')).toBe('Sharma Textiles'));
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Iyer, Sons')).toBe('"Iyer, Sons"');
    expect(csvCell('The "Best" Co')).toBe('"The ""Best"" Co"');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
  });
  it('defuses formulas: = + - @ tab and CR get a leading quote', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+91 98100')).toBe("'+91 98100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=b')).toBe('a=b');
  });
  it('empty for null and undefined', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('clientsCsv', () => {
  it('writes a header and one CRLF line per client', () => {
    const row = toClientRow({
      client_id: 'CL1',
      name: '=cmd|" /C calc"!A0',
      email: 'a@b.in',
      mobile: '9810012345',
      status: '0',
      balance: '1234.5',
      valid_till: '2026-05-01 10:00:00',
      created_at: '2025-01-02T03:04:05.000Z',
    });
    const lines = clientsCsv([row]).split('\r\n');
    expect(lines[0]).toBe('client_id,name,email,mobile,status,balance_inr,valid_till,created_at');
    expect(lines[1]).toBe(
      'CL1,"\'=cmd|"" /C calc""!A0",a@b.in,9810012345,inactive,1234.50,2026-05-01,2025-01-02T03:04:05.000Z',
    );
    expect(lines[2]).toBe('');
  });
});

describe('formatting', () => {
  it('rupees with two decimals and Indian grouping', () => {
    expect(formatRupees(123_456_789)).toBe('₹12,34,567.89');
    expect(formatRupees(0)).toBe('₹0.00');
    expect(rupeesText(-505)).toBe('-5.05');
    expect(rupeesText(100)).toBe('1.00');
  });
  it('validity: days left, expired, none', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(validity(now + 2.5 * DAY_MS, now)).toEqual({ state: 'valid', date: '2026-03-04', daysLeft: 3 });
    expect(validity(now + 1000, now)).toMatchObject({ state: 'valid', daysLeft: 1 });
    expect(validity(now, now)).toMatchObject({ state: 'expired', daysAgo: 0 });
    expect(validity(now - 3 * DAY_MS, now)).toMatchObject({ state: 'expired', date: '2026-02-26', daysAgo: 3 });
    expect(validity(null, now)).toEqual({ state: 'none' });
  });
});
