import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  type ClientRow,
  DAY_MS,
  filterClients,
  LOW_BALANCE_PAISE,
  paginate,
  parseTime,
  queryClients,
  type RawClient,
  rankMatches,
  sortRows,
  toClientRow,
  toPaise,
} from './list';
import { DEFAULT_PARAMS, hasFilters, type ListParams, parseListParams, toQuery, toQueryString } from './schemas';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const ymdHis = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

function raw(over: Partial<RawClient> & { client_id: string }): RawClient {
  return {
    name: `Client ${over.client_id}`,
    email: `${over.client_id.toLowerCase()}@example.in`,
    mobile: '9800000000',
    status: '1',
    balance: '500',
    valid_till: ymdHis(NOW + 200 * DAY_MS),
    created_at: '2025-01-01T00:00:00.000Z',
    ...over,
  };
}

const CLIENTS: RawClient[] = [
  raw({
    client_id: 'CL001',
    name: 'Sharma Textiles',
    email: 'accounts@sharma.in',
    mobile: '9810012345',
    balance: '20000.5',
  }),
  raw({
    client_id: 'CL002',
    name: 'Gupta Logistics',
    mobile: '9820023456',
    balance: '99.99',
    valid_till: ymdHis(NOW + 5 * DAY_MS),
  }),
  raw({ client_id: 'CL003', name: 'kaveri Foods', status: '0', balance: '0', valid_till: ymdHis(NOW - 2 * DAY_MS) }),
  raw({
    client_id: 'CL004',
    name: 'Patel Pharma',
    balance: '100',
    valid_till: ymdHis(NOW + 25 * DAY_MS),
    created_at: '2025-06-01T00:00:00Z',
  }),
  raw({ client_id: 'CL005', name: 'Iyer & Sons', balance: '150', valid_till: null, created_at: null }),
  raw({ client_id: 'CL006', name: 'Mehta Realty', balance: '-5', valid_till: ymdHis(NOW + 80 * DAY_MS) }),
];
const index = buildIndex(CLIENTS.map(toClientRow));
const P = (over: Partial<ListParams> = {}): ListParams => ({ ...DEFAULT_PARAMS, ...over });
const ids = (rows: readonly ClientRow[]) => rows.map((r) => r.id);

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

describe('search', () => {
  const q = (text: string) => ids(filterClients(index, P({ q: text }), NOW));
  it('finds by name, case-insensitively', () => expect(q('SHARMA')).toEqual(['CL001']));
  it('finds by email', () => expect(q('accounts@sharma')).toEqual(['CL001']));
  it('finds by client id', () => expect(q('cl004')).toEqual(['CL004']));
  it('finds by mobile, with spaces, dashes or a +91 prefix', () => {
    expect(q('98200')).toEqual(['CL002']);
    expect(q('98100-12345')).toEqual(['CL001']);
    expect(q('+91 98100 12345')).toEqual(['CL001']);
  });
  it('needs every term to match', () => {
    expect(q('gupta logistics')).toEqual(['CL002']);
    expect(q('gupta textiles')).toEqual([]);
  });
  it('an empty search matches everything', () => expect(q('')).toHaveLength(CLIENTS.length));
});

describe('filters', () => {
  const f = (over: Partial<ListParams>) => ids(filterClients(index, P(over), NOW)).sort();
  it('active / inactive', () => {
    expect(f({ status: 'inactive' })).toEqual(['CL003']);
    expect(f({ status: 'active' })).not.toContain('CL003');
    expect(f({ status: 'active' })).toHaveLength(5);
  });
  it('low balance is strictly under the threshold', () => {
    expect(LOW_BALANCE_PAISE).toBe(10_000);
    expect(f({ balance: 'low' })).toEqual(['CL002', 'CL003', 'CL006']);
  });
  it('validity expiring within N days excludes the expired and the undated', () => {
    expect(f({ expiring: '7' })).toEqual(['CL002']);
    expect(f({ expiring: '30' })).toEqual(['CL002', 'CL004']);
    expect(f({ expiring: '90' })).toEqual(['CL002', 'CL004', 'CL006']);
    expect(f({ expiring: 'expired' })).toEqual(['CL003']);
  });
  it('combines filters and search', () => {
    expect(f({ balance: 'low', status: 'active', q: 'gupta' })).toEqual(['CL002']);
    expect(f({ balance: 'low', expiring: '30' })).toEqual(['CL002']);
  });
});

describe('sort', () => {
  const s = (sort: ListParams['sort'], dir: ListParams['dir']) => ids(filterClients(index, P({ sort, dir }), NOW));
  it('by name, ignoring case', () => {
    expect(s('name', 'asc')).toEqual(['CL002', 'CL005', 'CL003', 'CL006', 'CL004', 'CL001']);
    expect(s('name', 'desc')).toEqual(['CL001', 'CL004', 'CL006', 'CL003', 'CL005', 'CL002']);
  });
  it('by balance', () => {
    expect(s('balance', 'asc')).toEqual(['CL006', 'CL003', 'CL002', 'CL004', 'CL005', 'CL001']);
    expect(s('balance', 'desc')[0]).toBe('CL001');
  });
  it('by validity and creation, with missing dates last in both directions', () => {
    expect(s('valid_till', 'asc')).toEqual(['CL003', 'CL002', 'CL004', 'CL006', 'CL001', 'CL005']);
    expect(s('valid_till', 'desc')).toEqual(['CL001', 'CL006', 'CL004', 'CL002', 'CL003', 'CL005']);
    expect(s('created_at', 'desc')).toEqual(['CL004', 'CL001', 'CL002', 'CL003', 'CL006', 'CL005']);
  });
  it('breaks ties by client id so pages never overlap', () => {
    const rows = ['B', 'A', 'C'].map((id) => toClientRow(raw({ client_id: id, name: 'Same' })));
    expect(ids(sortRows(rows, 'name', 'desc'))).toEqual(['A', 'B', 'C']);
  });
  it('reuses one sorted order per snapshot', () => {
    expect(index.sorted('balance', 'asc')).toBe(index.sorted('balance', 'asc'));
  });
});

describe('paging', () => {
  const many = buildIndex(
    Array.from({ length: 60 }, (_, i) => toClientRow(raw({ client_id: `CL${String(i).padStart(3, '0')}` }))),
  );
  it('pages of 25 with from/to counts', () => {
    const p1 = queryClients(many, P({ sort: 'created_at' }), NOW);
    expect(p1).toMatchObject({ total: 60, page: 1, pages: 3, from: 1, to: 25 });
    expect(p1.rows).toHaveLength(25);
    const p3 = queryClients(many, P({ page: 3 }), NOW);
    expect(p3).toMatchObject({ page: 3, from: 51, to: 60 });
    expect(p3.rows).toHaveLength(10);
  });
  it('a page past the end shows the last page', () => {
    expect(queryClients(many, P({ page: 99 }), NOW)).toMatchObject({ page: 3, from: 51 });
  });
  it('no rows: one empty page', () => {
    expect(paginate([], 4)).toEqual({ rows: [], total: 0, page: 1, pages: 1, pageSize: 25, from: 0, to: 0 });
  });
  it('exactly one full page', () => {
    expect(
      paginate(
        Array.from({ length: 25 }, (_, i) => i),
        2,
      ),
    ).toMatchObject({ page: 1, pages: 1, to: 25 });
  });
  it('rows handed to the page carry no search helpers', () => {
    const row = queryClients(index, P(), NOW).rows[0];
    expect(Object.keys(row)).not.toContain('haystack');
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

describe('jump-to-client ranking', () => {
  it('exact id first, then name prefix, then other matches; at most the limit', () => {
    const idx = buildIndex(
      [
        raw({ client_id: 'A1', name: 'Zeta Kapoor Motors' }),
        raw({ client_id: 'A2', name: 'Kapoor Traders' }),
        raw({ client_id: 'KAPOOR', name: 'Other' }),
        raw({ client_id: 'A3', name: 'Alpha Kapoor' }),
      ].map(toClientRow),
    );
    expect(ids(rankMatches(idx, 'kapoor'))).toEqual(['KAPOOR', 'A2', 'A3', 'A1']);
    expect(rankMatches(idx, 'kapoor', 2)).toHaveLength(2);
    expect(rankMatches(idx, '   ')).toEqual([]);
  });
});
