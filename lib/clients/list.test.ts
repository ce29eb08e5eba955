import { describe, expect, it } from 'vitest';
import { toPaise } from '@/lib/money';
import { parseTime } from '@/lib/time';
import { searchTerms } from './list';
import { DEFAULT_PARAMS, hasFilters, type ListParams, parseListParams, toQuery, toQueryString } from './schemas';

// Search, filters, sort and paging run in SQL now: lib/clients/mirror.integration.test.ts.
const NOW = Date.parse('2026-03-01T12:00:00Z');
const P = (over: Partial<ListParams> = {}): ListParams => ({ ...DEFAULT_PARAMS, ...over });

describe('toPaise and parseTime', () => {
  it('turns upstream rupees into exact paise', () => {
    expect(toPaise('20000.5')).toBe(2_000_050);
    expect(toPaise(99.99)).toBe(9999);
    expect(toPaise('0.005')).toBe(1);
    expect(toPaise('-5')).toBe(-500);
    expect(toPaise('1e3')).toBe(100_000);
    expect(toPaise('not money')).toBe(0);
  });
  it('reads upstream "YYYY-MM-DD HH:MM:SS" as UTC, ISO as is, and garbage as null', () => {
    expect(parseTime('2026-03-01 12:00:00')).toBe(NOW);
    expect(parseTime('2026-03-01T12:00:00Z')).toBe(NOW);
    expect(parseTime('2026-03-01')).toBe(Date.parse('2026-03-01T00:00:00Z'));
    expect(parseTime('soon')).toBeNull();
    expect(parseTime(null)).toBeNull();
  });
});

describe('search terms', () => {
  it('a phone number typed with spaces or dashes is one digits-only term', () => {
    expect(searchTerms('+91 98100-12345')).toEqual(['919810012345']);
    expect(searchTerms('Gupta  LOGISTICS')).toEqual(['gupta', 'logistics']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('URL params', () => {
  it('defaults', () => {
    expect(parseListParams({})).toEqual({
      q: '',
      status: 'all',
      balance: 'all',
      expiring: 'any',
      sort: 'name',
      dir: 'asc',
      page: 1,
    });
  });
  it('reads good values, from an object or URLSearchParams', () => {
    const p = parseListParams(
      new URLSearchParams('q=%20gupta%20&status=inactive&balance=low&expiring=30&sort=balance&dir=desc&page=3'),
    );
    expect(p).toEqual({
      q: 'gupta',
      status: 'inactive',
      balance: 'low',
      expiring: '30',
      sort: 'balance',
      dir: 'desc',
      page: 3,
    });
  });
  it('bad values fall back to defaults, one field at a time', () => {
    const p = parseListParams({
      status: 'deleted',
      balance: 'high',
      expiring: '45',
      sort: 'password',
      dir: 'up',
      page: '-2',
      q: 'ok',
    });
    expect(p).toEqual({ ...DEFAULT_PARAMS, q: 'ok' });
    expect(parseListParams({ page: '2.5' }).page).toBe(1);
    expect(parseListParams({ page: 'abc' }).page).toBe(1);
    expect(parseListParams({ page: '99999999' }).page).toBe(1);
  });
  it('repeated keys: the first wins; long searches are cut', () => {
    expect(parseListParams({ status: ['inactive', 'active'] }).status).toBe('inactive');
    expect(parseListParams({ q: 'x'.repeat(500) }).q).toHaveLength(100);
  });
  it('writes canonical queries without defaults', () => {
    expect(toQuery(P({ status: 'active', page: 2 }))).toEqual({ status: 'active', page: '2' });
    expect(toQueryString(P())).toBe('');
    expect(toQueryString(P({ q: 'a b', sort: 'balance' }))).toBe('?q=a+b&sort=balance');
  });
  it('hasFilters ignores sort and page', () => {
    expect(hasFilters(P({ sort: 'balance', page: 4 }))).toBe(false);
    expect(hasFilters(P({ expiring: '7' }))).toBe(true);
  });
});
