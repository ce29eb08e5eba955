import 'server-only';
import { setImmediate as turn } from 'node:timers/promises';
import { sql } from 'kysely';
import { MIRROR } from '@/lib/clients/mirror';
import type { DB } from '@/lib/db';
import { DAY_MS } from '@/lib/wallet/analytics';
import { type SummaryState, summaryState } from './summary';

/**
 * The reseller's billing overview, read with SQL only: balances, validity and status from the
 * clients mirror (lib/clients/mirror.ts, fresh within seconds and reloaded after any change
 * made in the portal), spend from the billing summary (lib/billing/summary.ts). Nothing here
 * calls upstream, so the page costs the same few indexed queries at 100 or 10,000 clients.
 * This is the function `npm run bench` should time.
 */
/** Rows per page of each list: the overview shows who needs attention first, and pages on. */
export const LIST_PAGE = 10;

/** Which page (1-based) of each list a view asks for. */
export type ListPages = { low: number; expiring: number; zero: number };
export const FIRST_PAGES: ListPages = { low: 1, expiring: 1, zero: 1 };

export type BillingClient = {
  clientId: string;
  name: string;
  active: boolean;
  balancePaise: number;
  validTill: string | null;
  last30Paise: number | null;
};

export type BillingList = { rows: BillingClient[]; total: number; page: number; pageSize: number };

export type BillingOverview = {
  clients: number;
  activeClients: number;
  balancePaise: number;
  spendThisMonthPaise: number;
  spendLastMonthPaise: number;
  lowBalance: BillingList;
  expiring: BillingList;
  zeroSpend: BillingList;
  summary: SummaryState;
  thresholds: { lowBalancePaise: number; validityWarningDays: number };
};

const n = (v: unknown) => Number(v ?? 0);

function base(db: DB, find: string) {
  const q = db.selectFrom('clients_mirror as c');
  // LIKE wildcards in the search are escaped; the haystack is lower-cased at refresh.
  const term = find
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (m) => `\\${m}`);
  return (term ? q.where(sql<boolean>`c.haystack like ${`%${term}%`} escape '\\'`) : q)
    .leftJoin('billing_spend as s', 's.client_id', 'c.client_id')
    .select([
      'c.client_id as clientId',
      'c.name as name',
      'c.active as active',
      'c.balance_paise as balancePaise',
      'c.valid_till_iso as validTill',
      's.last30_paise as last30Paise',
    ]);
}

type Raw = {
  clientId: string;
  name: string;
  active: number;
  balancePaise: number | string;
  validTill: string | null;
  last30Paise: number | string | null;
};
const toClient = (r: Raw): BillingClient => ({
  clientId: r.clientId,
  name: r.name,
  active: n(r.active) === 1,
  balancePaise: n(r.balancePaise),
  validTill: r.validTill,
  last30Paise: r.last30Paise === null ? null : n(r.last30Paise),
});

/** Runs `read` after `turns` turns of the event loop (immediates queued together run together). */
async function staggered<T>(turns: number, read: () => Promise<T>): Promise<T> {
  for (let i = 0; i < turns; i++) await turn();
  return read();
}

const offset = (page: number) => (Math.max(1, Math.floor(page)) - 1) * LIST_PAGE;
const list = (rows: Raw[], total: unknown, page: number): BillingList => ({
  rows: rows.map(toClient),
  total: n(total),
  page: Math.max(1, Math.floor(page)),
  pageSize: LIST_PAGE,
});

type Thresholds = { lowBalancePaise: number; validityWarningDays: number };
type Computed = Omit<BillingOverview, 'summary'>;

/** Overviews this process computed, per database, per question; each with the versions it read. */
const memos = new WeakMap<DB, Map<string, { stamp: string; value: Computed }>>();
const MEMO_ENTRIES = 32;

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/**
 * The overview, recomputed only when what it reads has changed. Each view reads two one-row
 * states (the mirror's version and generation, the spend summary's) and reuses this process's
 * last result for the same question if both are unchanged and the minute is the same (the
 * validity window moves with the clock). The eight queries cost ~6 ms of synchronous SQLite at
 * 10,000 clients against ~1.5 ms at 100; the two reads cost the same at any size. Other
 * instances' refreshes bump the versions in the shared database, so no instance serves rows
 * older than its own next read of them. The result is frozen: it is shared between views.
 */
export async function getBillingOverview(
  db: DB,
  thresholds: Thresholds,
  nowMs = Date.now(),
  /** Narrows the three lists to clients whose name, email, mobile or id contains this. */
  find = '',
  pages: ListPages = FIRST_PAGES,
): Promise<BillingOverview> {
  const [mirror, summary] = await Promise.all([
    db.selectFrom('mirror_state').select(['version', 'generation']).where('name', '=', MIRROR).executeTakeFirst(),
    summaryState(db, nowMs),
  ]);
  const stamp = JSON.stringify([mirror?.version, mirror?.generation, summary.refreshedAt, Math.floor(nowMs / 60_000)]);
  const t = { lowBalancePaise: thresholds.lowBalancePaise, validityWarningDays: thresholds.validityWarningDays };
  const key = JSON.stringify([find, pages.low, pages.expiring, pages.zero, t.lowBalancePaise, t.validityWarningDays]);
  let memo = memos.get(db);
  if (!memo) {
    memo = new Map();
    memos.set(db, memo);
  }
  const kept = memo.get(key);
  if (kept?.stamp === stamp) return { ...kept.value, summary };
  const value = deepFreeze(await computeOverview(db, t, nowMs, find, pages));
  memo.delete(key); // re-inserted last: the map's order is least recently computed first
  memo.set(key, { stamp, value });
  if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
  return { ...value, summary };
}

async function computeOverview(
  db: DB,
  thresholds: Thresholds,
  nowMs: number,
  find: string,
  pages: ListPages,
): Promise<Computed> {
  const expiresBefore = new Date(nowMs + thresholds.validityWarningDays * DAY_MS).toISOString();
  const count = sql<number>`count(*)`.as('n');

  const lowQ = base(db, find).where('c.balance_paise', '<', thresholds.lowBalancePaise);
  const expQ = base(db, find)
    .where('c.active', '=', 1)
    .where('c.valid_till_iso', 'is not', null)
    .where('c.valid_till_iso', '<', expiresBefore);
  const zeroQ = base(db, find).where('c.active', '=', 1).where('s.last30_paise', '=', 0);

  // All eight start together, each on its own turn of the event loop: better-sqlite3 is
  // synchronous, and the eight back to back (counts and sums over 10,000 rows) held the loop
  // ~25 ms idle, 100+ ms on a busy machine; on PostgreSQL they still run side by side.
  const [totals, spend, low, lowN, exp, expN, zero, zeroN] = await Promise.all([
    staggered(0, () =>
      db
        .selectFrom('clients_mirror')
        .select([
          count,
          sql<number>`coalesce(sum(balance_paise), 0)`.as('balance'),
          sql<number>`coalesce(sum(active), 0)`.as('active'),
        ])
        .executeTakeFirstOrThrow(),
    ),
    staggered(1, () =>
      db
        // Only clients the mirror lists have rows here: the mirror's refresh deletes the rest.
        .selectFrom('billing_spend as s')
        .select([
          sql<number>`coalesce(sum(s.month_paise), 0)`.as('month'),
          sql<number>`coalesce(sum(s.last_month_paise), 0)`.as('last'),
        ])
        .executeTakeFirstOrThrow(),
    ),
    // Active clients first (they are the ones about to stop), lowest balance first.
    staggered(2, () =>
      lowQ
        .orderBy('c.active', 'desc')
        .orderBy('c.balance_paise')
        .orderBy('c.client_id')
        .limit(LIST_PAGE)
        .offset(offset(pages.low))
        .execute(),
    ),
    staggered(3, () => lowQ.clearSelect().select(count).executeTakeFirstOrThrow()),
    staggered(4, () =>
      expQ.orderBy('c.valid_till_iso').orderBy('c.client_id').limit(LIST_PAGE).offset(offset(pages.expiring)).execute(),
    ),
    staggered(5, () => expQ.clearSelect().select(count).executeTakeFirstOrThrow()),
    staggered(6, () =>
      zeroQ.orderBy('c.sort_name').orderBy('c.client_id').limit(LIST_PAGE).offset(offset(pages.zero)).execute(),
    ),
    staggered(7, () => zeroQ.clearSelect().select(count).executeTakeFirstOrThrow()),
  ]);
  return {
    clients: n(totals.n),
    activeClients: n(totals.active),
    balancePaise: n(totals.balance),
    spendThisMonthPaise: n(spend.month),
    spendLastMonthPaise: n(spend.last),
    lowBalance: list(low, lowN.n, pages.low),
    expiring: list(exp, expN.n, pages.expiring),
    zeroSpend: list(zero, zeroN.n, pages.zero),
    thresholds,
  };
}
