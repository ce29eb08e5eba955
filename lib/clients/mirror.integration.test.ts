import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBillingOverview } from '@/lib/billing/overview';
import { type DB, migrateToLatest } from '@/lib/db';
import type { PartnerClient } from '@/lib/partner-api';
import { dbLegs } from '@/lib/testing/db-legs';
import { DAY_MS } from '@/lib/time';
import type { ClientRow, RawClient } from './list';
import { ensureFresh, markStale, refreshClientRow } from './mirror';
import { allFromMirror, matchesFromMirror, pageFromMirror } from './mirror-query';
import { DEFAULT_PARAMS, type ListParams } from './schemas';

/** The clients list over the mirror table, on SQLite and PostgreSQL: search, filters, sort, paging, refresh. */
const NOW = Date.parse('2026-03-01T12:00:00Z');
/** The low-balance threshold these fixtures were written for (₹100); the portal's comes from Settings. */
const LOW = 10_000;
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

/** An upstream that lists `list` and counts its calls. */
function upstream(list: RawClient[]) {
  const state = { calls: 0, list };
  const api = {
    call: async (name: string) => {
      if (name !== 'clients') throw new Error(`unexpected ${name}`);
      state.calls += 1;
      return state.list;
    },
  } as unknown as PartnerClient;
  return { api, state };
}

/** An upstream for one client's re-read: its profile (`over`) and its wallet. */
function oneClient(over: Partial<RawClient>, wallet: { balance: string; valid_till: string | null }) {
  return {
    call: async (name: string, input: { client_id: string }) => {
      if (name === 'client') return raw({ ...over, client_id: input.client_id });
      if (name === 'wallet_balance') return { ...wallet, currency: 'INR' };
      throw new Error(`unexpected ${name}`);
    },
  } as unknown as PartnerClient;
}

const P = (over: Partial<ListParams> = {}): ListParams => ({ ...DEFAULT_PARAMS, ...over });
const ids = (rows: readonly ClientRow[]) => rows.map((r) => r.id);

const { legs, dropLegs } = await dbLegs();
afterAll(dropLegs);

describe.each(legs)('clients mirror on %s', (_name, make) => {
  let db: DB;
  beforeAll(async () => {
    db = await make();
    await migrateToLatest(db);
  });
  afterAll(() => db.destroy());

  describe('with six clients', () => {
    beforeAll(async () => {
      await db.deleteFrom('mirror_state').execute();
      await ensureFresh(db, upstream(CLIENTS).api);
    });
    const q = async (text: string) => ids(await allFromMirror(db, P({ q: text }), NOW, LOW));
    const f = async (over: Partial<ListParams>) => ids(await allFromMirror(db, P(over), NOW, LOW)).sort();
    const s = async (sort: ListParams['sort'], dir: ListParams['dir']) =>
      ids(await allFromMirror(db, P({ sort, dir }), NOW, LOW));

    it('search: name (any case), email, id, mobile typed any way, every term must match', async () => {
      expect(await q('SHARMA')).toEqual(['CL001']);
      expect(await q('accounts@sharma')).toEqual(['CL001']);
      expect(await q('cl004')).toEqual(['CL004']);
      expect(await q('98200')).toEqual(['CL002']);
      expect(await q('98100-12345')).toEqual(['CL001']);
      expect(await q('+91 98100 12345')).toEqual(['CL001']);
      expect(await q('gupta logistics')).toEqual(['CL002']);
      expect(await q('gupta textiles')).toEqual([]);
      expect(await q('')).toHaveLength(CLIENTS.length);
      // LIKE wildcards typed by a person are literal characters.
      expect(await q('%')).toEqual([]);
      expect(await q('_')).toEqual([]);
      expect(await q('&')).toEqual(['CL005']);
    });

    it('filters: status, low balance, validity windows, combined', async () => {
      expect(await f({ status: 'inactive' })).toEqual(['CL003']);
      expect(await f({ status: 'active' })).toHaveLength(5);
      expect(await f({ balance: 'low' })).toEqual(['CL002', 'CL003', 'CL006']);
      // The threshold is the caller's (Settings): a lower one leaves fewer clients "low".
      const under = async (paise: number) => ids(await allFromMirror(db, P({ balance: 'low' }), NOW, paise)).sort();
      expect((await under(1)).length).toBeLessThan(3);
      expect(await under(LOW)).toEqual(['CL002', 'CL003', 'CL006']);
      expect(await f({ expiring: '7' })).toEqual(['CL002']);
      expect(await f({ expiring: '30' })).toEqual(['CL002', 'CL004']);
      expect(await f({ expiring: '90' })).toEqual(['CL002', 'CL004', 'CL006']);
      expect(await f({ expiring: 'expired' })).toEqual(['CL003']);
      expect(await f({ balance: 'low', status: 'active', q: 'gupta' })).toEqual(['CL002']);
      expect(await f({ balance: 'low', expiring: '30' })).toEqual(['CL002']);
    });

    it('sort: name ignoring case, balance, dates with missing values last both ways', async () => {
      expect(await s('name', 'asc')).toEqual(['CL002', 'CL005', 'CL003', 'CL006', 'CL004', 'CL001']);
      expect(await s('name', 'desc')).toEqual(['CL001', 'CL004', 'CL006', 'CL003', 'CL005', 'CL002']);
      expect(await s('balance', 'asc')).toEqual(['CL006', 'CL003', 'CL002', 'CL004', 'CL005', 'CL001']);
      expect(await s('valid_till', 'asc')).toEqual(['CL003', 'CL002', 'CL004', 'CL006', 'CL001', 'CL005']);
      expect(await s('valid_till', 'desc')).toEqual(['CL001', 'CL006', 'CL004', 'CL002', 'CL003', 'CL005']);
      expect(await s('created_at', 'desc')).toEqual(['CL004', 'CL001', 'CL002', 'CL003', 'CL006', 'CL005']);
    });

    it('rows carry exact money and the upstream validity text', async () => {
      const [row] = await allFromMirror(db, P({ q: 'CL001' }), NOW, LOW);
      expect(row).toMatchObject({
        id: 'CL001',
        balancePaise: 2_000_050,
        active: true,
        validTill: CLIENTS[0].valid_till,
      });
    });
  });

  describe('paging, ranking and refresh', () => {
    it('pages of 25 with from/to; past the end shows the last page; ties broken by id', async () => {
      const many = Array.from({ length: 60 }, (_, i) =>
        raw({ client_id: `CL${String(i).padStart(3, '0')}`, name: 'Same' }),
      );
      await markStale(db);
      await ensureFresh(db, upstream(many).api);
      const p1 = await pageFromMirror(db, P(), NOW, LOW);
      expect(p1).toMatchObject({ total: 60, page: 1, pages: 3, from: 1, to: 25 });
      expect(ids(p1.rows)).toEqual(many.slice(0, 25).map((c) => c.client_id));
      const p3 = await pageFromMirror(db, P({ page: 3 }), NOW, LOW);
      expect(p3).toMatchObject({ page: 3, from: 51, to: 60 });
      expect(await pageFromMirror(db, P({ page: 99 }), NOW, LOW)).toMatchObject({ page: 3, from: 51 });
      expect(await pageFromMirror(db, P({ q: 'nobody' }), NOW, LOW)).toMatchObject({
        rows: [],
        total: 0,
        page: 1,
        pages: 1,
        from: 0,
        to: 0,
      });
    });

    it('numbers in names sort numerically', async () => {
      await markStale(db);
      await ensureFresh(
        db,
        upstream(['Client 10', 'Client 9', 'client 100'].map((name, i) => raw({ client_id: `N${i}`, name }))).api,
      );
      expect((await allFromMirror(db, P(), NOW, LOW)).map((r) => r.name)).toEqual([
        'Client 9',
        'Client 10',
        'client 100',
      ]);
    });

    it('picker ranking: exact id, then name prefix, then others; with the total', async () => {
      await markStale(db);
      await ensureFresh(
        db,
        upstream([
          raw({ client_id: 'A1', name: 'Zeta Kapoor Motors' }),
          raw({ client_id: 'A2', name: 'Kapoor Traders' }),
          raw({ client_id: 'KAPOOR', name: 'Other' }),
          raw({ client_id: 'A3', name: 'Alpha Kapoor' }),
        ]).api,
      );
      const hits = await matchesFromMirror(db, 'kapoor');
      expect(ids(hits.rows)).toEqual(['KAPOOR', 'A2', 'A3', 'A1']);
      expect((await matchesFromMirror(db, 'kapoor', { limit: 2 })).rows).toHaveLength(2);
      expect((await matchesFromMirror(db, 'kapoor', { limit: 2 })).total).toBe(4);
      expect((await matchesFromMirror(db, 'kapoor', { onlyClientId: 'A2' })).rows.map((r) => r.id)).toEqual(['A2']);
      expect(await matchesFromMirror(db, '   ')).toEqual({ rows: [], total: 0 });
    });

    it('loads once within the TTL, reloads after markStale, drops clients upstream no longer lists', async () => {
      const up = upstream([raw({ client_id: 'R1' }), raw({ client_id: 'R2' })]);
      await markStale(db);
      await ensureFresh(db, up.api);
      await ensureFresh(db, up.api);
      expect(up.state.calls).toBe(1);
      const spend = (client_id: string, month_paise: number) => ({
        client_id,
        month_paise,
        last_month_paise: 0,
        last30_paise: month_paise,
        last_spend_at: null,
        refreshed_at: new Date(NOW).toISOString(),
      });
      await db.deleteFrom('billing_spend').execute();
      await db
        .insertInto('billing_spend')
        .values([spend('R1', 700), spend('R2', 300)])
        .execute();
      up.state.list = [raw({ client_id: 'R2', status: '0' })];
      await markStale(db);
      await ensureFresh(db, up.api);
      expect(up.state.calls).toBe(2);
      const rows = await allFromMirror(db, P(), NOW, LOW);
      expect(rows.map((r) => [r.id, r.active])).toEqual([['R2', false]]);
      // Their billing summary rows go too: the overview's spend totals count listed clients only.
      const overview = await getBillingOverview(db, { lowBalancePaise: LOW, validityWarningDays: 30 }, NOW);
      expect(overview.spendThisMonthPaise).toBe(300);
      expect((await db.selectFrom('billing_spend').select('client_id').execute()).map((r) => r.client_id)).toEqual([
        'R2',
      ]);
    });

    it('a change to one client re-reads only its row (wallet balance wins) and leaves the rest due', async () => {
      const up = upstream([raw({ client_id: 'S1', balance: '10' }), raw({ client_id: 'S2', balance: '20' })]);
      await markStale(db);
      await ensureFresh(db, up.api);
      const single = oneClient(
        { status: '0', balance: '10' },
        { balance: '510.25', valid_till: '2027-01-31 23:59:59' },
      );
      await refreshClientRow(db, single, 'S1');
      const rows = await allFromMirror(db, P(), NOW, LOW);
      expect(rows.map((r) => [r.id, r.active, r.balancePaise, r.validTill])).toEqual([
        ['S1', false, 51_025, '2027-01-31 23:59:59'],
        ['S2', true, 2_000, rows[1].validTill],
      ]);
      // Due for a background refresh, not waited for: the next read returns at once with the rows.
      const before = up.state.calls;
      await ensureFresh(db, up.api);
      await new Promise((r) => setTimeout(r, 50));
      expect(up.state.calls).toBe(before + 1);
    });

    it('the billing overview is reused until the mirror, the spend summary or the minute changes', async () => {
      const up = upstream([raw({ client_id: 'M1', balance: '50' }), raw({ client_id: 'M2', balance: '5000' })]);
      await markStale(db);
      await ensureFresh(db, up.api);
      await db.deleteFrom('billing_spend').execute();
      await db.deleteFrom('billing_state').execute();
      const th = { lowBalancePaise: LOW, validityWarningDays: 30 };
      const first = await getBillingOverview(db, th, NOW);
      expect(first.lowBalance.rows.map((r) => [r.clientId, r.balancePaise])).toEqual([['M1', 5_000]]);
      expect(first.spendThisMonthPaise).toBe(0);
      // Nothing changed: the same (frozen) lists, no queries over the mirror.
      const again = await getBillingOverview(db, th, NOW + 1_000);
      expect(again.lowBalance).toBe(first.lowBalance);
      expect(Object.isFrozen(again.lowBalance.rows[0])).toBe(true);
      // Another question is its own entry.
      expect((await getBillingOverview(db, th, NOW, 'm2')).lowBalance.total).toBe(0);

      // One client's row re-read (a top-up through the portal): seen at the next view.
      const single = oneClient({ balance: '50' }, { balance: '900', valid_till: null });
      await refreshClientRow(db, single, 'M1');
      const topped = await getBillingOverview(db, th, NOW + 2_000);
      expect(topped.lowBalance.total).toBe(0);
      expect(topped.balancePaise).toBe(90_000 + 500_000);

      // A finished summary refresh (its refreshed_at moves): the new spend is seen.
      await db
        .insertInto('billing_spend')
        .values({
          client_id: 'M2',
          month_paise: 1_234,
          last_month_paise: 0,
          last30_paise: 1_234,
          last_spend_at: null,
          refreshed_at: new Date(NOW).toISOString(),
        })
        .execute();
      expect((await getBillingOverview(db, th, NOW + 3_000)).spendThisMonthPaise).toBe(0);
      await db
        .insertInto('billing_state')
        .values({
          name: 'billing',
          refreshed_at: new Date(NOW).toISOString(),
          month: '2026-03',
          lease_until: null,
          lease_owner: null,
        })
        .execute();
      expect((await getBillingOverview(db, th, NOW + 4_000)).spendThisMonthPaise).toBe(1_234);

      // A full refresh of the mirror (a client gone upstream), and the next minute, recompute too.
      up.state.list = [raw({ client_id: 'M2', balance: '5000' })];
      await markStale(db);
      await ensureFresh(db, up.api);
      const after = await getBillingOverview(db, th, NOW + 5_000);
      expect([after.clients, after.lowBalance.total, after.spendThisMonthPaise]).toEqual([1, 0, 1_234]);
      const later = await getBillingOverview(db, th, NOW + 61_000);
      expect(later.lowBalance).not.toBe(after.lowBalance);
    });

    it("one client's row re-read during a full refresh keeps the refresh's generation", async () => {
      const up = upstream([raw({ client_id: 'G1', balance: '10' }), raw({ client_id: 'G2', balance: '20' })]);
      await markStale(db);
      await ensureFresh(db, up.api);
      const { generation } = await db
        .selectFrom('mirror_state')
        .select('generation')
        .where('name', '=', 'clients')
        .executeTakeFirstOrThrow();
      // Mid-refresh: its chunks are written with the next generation; it has not finished yet and
      // will delete every row of another generation as vanished upstream.
      await db
        .updateTable('clients_mirror')
        .set({ generation: generation + 1 })
        .execute();
      const single = oneClient({ balance: '10' }, { balance: '777', valid_till: null });
      await refreshClientRow(db, single, 'G1');
      const g1 = await db
        .selectFrom('clients_mirror')
        .select(['generation', 'balance_paise'])
        .where('client_id', '=', 'G1')
        .executeTakeFirstOrThrow();
      expect([Number(g1.generation), Number(g1.balance_paise)]).toEqual([generation + 1, 77_700]);
    });
  });
});
