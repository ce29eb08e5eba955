import 'server-only';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { DB } from '@/lib/db';
import { log } from '@/lib/log';
import type { PartnerClient } from '@/lib/partner-api';
import { DAY_MS, type LedgerEntry, spendBetween } from '@/lib/wallet/analytics';
import { toLedgerEntry } from '@/lib/wallet/ledger';

/**
 * The billing summary: each client's spend this month, last month and in the last 30 days,
 * kept in `billing_spend` so the overview reads SQL instead of every client's ledger.
 * - Refreshed in the background when older than STALE_MS (a page view notices) or on demand
 *   ("Refresh now"); ONE instance at a time holds the lease row in `billing_state`, renewed
 *   while it works, so a crashed holder frees it within LEASE_MS.
 * - Per client one `wallet_transactions` read (more pages only for busy clients), a few
 *   clients at a time, yielding between batches so requests are not starved.
 * - A client whose ledger cannot be read keeps its previous row; `failed` counts them.
 */
export const SUMMARY = 'billing';
export const STALE_MS = 10 * 60_000;
const LEASE_MS = 120_000;
const CONCURRENCY = 6;
const PAGE = 100;
const MAX_PAGES = 50;
const OWNER = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

export type SpendRow = {
  client_id: string;
  month_paise: number;
  last_month_paise: number;
  last30_paise: number;
  last_spend_at: string | null;
};

const monthStart = (ms: number, back = 0) => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1);
};

/** Pure: a client's summary row from its ledger since the start of last month. */
export function spendRow(clientId: string, ledger: readonly LedgerEntry[], nowMs: number): SpendRow {
  const thisMonth = monthStart(nowMs);
  const lastMonth = monthStart(nowMs, 1);
  const last = ledger.reduce<number | null>(
    (m, e) => (e.type === 'debit' && (m === null || e.createdAtMs > m) ? e.createdAtMs : m),
    null,
  );
  return {
    client_id: clientId,
    month_paise: spendBetween(ledger, thisMonth, nowMs + 1),
    last_month_paise: spendBetween(ledger, lastMonth, thisMonth),
    last30_paise: spendBetween(ledger, nowMs - 30 * DAY_MS, nowMs + 1),
    last_spend_at: last === null ? null : new Date(last).toISOString(),
  };
}

/** The earliest day a summary needs: the start of last month or 30 days ago. */
export function ledgerStart(nowMs: number): string {
  return new Date(Math.min(monthStart(nowMs, 1), nowMs - 30 * DAY_MS)).toISOString().slice(0, 10);
}

async function clientLedger(api: PartnerClient, clientId: string, start: string): Promise<LedgerEntry[]> {
  const out: LedgerEntry[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const r = await api.call('wallet_transactions', {
      client_id: clientId,
      start_date: start,
      page: String(page),
      limit: String(PAGE),
    });
    for (const t of r.items) {
      const e = toLedgerEntry(t);
      if (e) out.push(e);
    }
    if (page * PAGE >= r.total || r.items.length === 0) break;
  }
  return out;
}

async function takeLease(db: DB, now: Date): Promise<boolean> {
  await db
    .insertInto('billing_state')
    .values({ name: SUMMARY, refreshed_at: null, month: null, lease_until: null, lease_owner: null })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const res = await db
    .updateTable('billing_state')
    .set({ lease_until: new Date(now.getTime() + LEASE_MS).toISOString(), lease_owner: OWNER })
    .where('name', '=', SUMMARY)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now.toISOString())]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

async function renewLease(db: DB): Promise<boolean> {
  const res = await db
    .updateTable('billing_state')
    .set({ lease_until: new Date(Date.now() + LEASE_MS).toISOString() })
    .where('name', '=', SUMMARY)
    .where('lease_owner', '=', OWNER)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

async function upsert(db: DB, rows: SpendRow[], at: string) {
  if (!rows.length) return;
  await db
    .insertInto('billing_spend')
    .values(rows.map((r) => ({ ...r, refreshed_at: at })))
    .onConflict((oc) =>
      oc.column('client_id').doUpdateSet((eb) => ({
        month_paise: eb.ref('excluded.month_paise'),
        last_month_paise: eb.ref('excluded.last_month_paise'),
        last30_paise: eb.ref('excluded.last30_paise'),
        last_spend_at: eb.ref('excluded.last_spend_at'),
        refreshed_at: eb.ref('excluded.refreshed_at'),
      })),
    )
    .execute();
}

/**
 * Deletes the summary rows of clients the mirror no longer lists. The overview sums this table
 * without joining the mirror (a join over every row cost 3 ms at 10,000), so both the mirror's
 * refresh and the summary's keep it to listed clients.
 */
export async function dropSpendOfUnlistedClients(db: DB): Promise<void> {
  await db
    .deleteFrom('billing_spend')
    .where('client_id', 'not in', db.selectFrom('clients_mirror').select('client_id'))
    .execute();
}

/** One full pass over the clients the mirror knows (the caller holds the lease). */
export async function refreshSummary(db: DB, api: PartnerClient, nowMs = Date.now()): Promise<void> {
  const at = new Date(nowMs).toISOString();
  const start = ledgerStart(nowMs);
  const ids = (await db.selectFrom('clients_mirror').select('client_id').orderBy('client_id').execute()).map(
    (r) => r.client_id,
  );
  let failed = 0;
  for (let i = 0; i < ids.length; i += CONCURRENCY) {
    const batch = ids.slice(i, i + CONCURRENCY);
    const rows = await Promise.all(
      batch.map(async (id) => {
        try {
          return spendRow(id, await clientLedger(api, id, start), nowMs);
        } catch (err) {
          failed++;
          log.warn({ err, clientId: id }, 'billing summary: ledger unreadable; keeping the previous row');
          return null;
        }
      }),
    );
    await upsert(
      db,
      rows.filter((r): r is SpendRow => r !== null),
      at,
    );
    if (i % (CONCURRENCY * 20) === 0 && !(await renewLease(db))) throw new Error('billing summary lease lost');
    await yieldToLoop();
  }
  // Including a client the mirror dropped while this pass ran.
  await dropSpendOfUnlistedClients(db);
  await db
    .updateTable('billing_state')
    .set({ refreshed_at: at, month: at.slice(0, 7), clients: ids.length, failed })
    .where('name', '=', SUMMARY)
    .execute();
}

let running: Promise<boolean> | null = null;

/**
 * Refreshes now if this instance can take the lease. Resolves true when this instance did the
 * refresh, false when another instance holds the lease (its refresh is under way).
 */
export function refreshSummaryOnce(db: DB, api: PartnerClient): Promise<boolean> {
  running ??= (async () => {
    try {
      if (!(await takeLease(db, new Date()))) return false;
      try {
        await refreshSummary(db, api);
        return true;
      } finally {
        await db
          .updateTable('billing_state')
          .set({ lease_until: null, lease_owner: null })
          .where('name', '=', SUMMARY)
          .where('lease_owner', '=', OWNER)
          .execute();
      }
    } finally {
      running = null;
    }
  })();
  return running;
}

export type SummaryState = { refreshedAt: string | null; refreshing: boolean; clients: number; failed: number };

export async function summaryState(db: DB, nowMs = Date.now()): Promise<SummaryState> {
  const s = await db.selectFrom('billing_state').selectAll().where('name', '=', SUMMARY).executeTakeFirst();
  return {
    refreshedAt: s?.refreshed_at ?? null,
    refreshing: !!s?.lease_until && Date.parse(s.lease_until) > nowMs,
    clients: Number(s?.clients ?? 0),
    failed: Number(s?.failed ?? 0),
  };
}

/**
 * A page view's check: a summary older than STALE_MS (or from another month, whose "this
 * month" is now last month) starts a background refresh; the page shows what exists and its age.
 */
export function refreshIfStale(
  db: DB,
  api: PartnerClient,
  state: SummaryState,
  nowMs = Date.now(),
  /** Where the refresh runs: a page passes Next's `after` (see ensureFresh); default: now. */
  later: (task: () => Promise<void>) => void = (task) => void task(),
): boolean {
  if (!summaryDue(state, nowMs)) return false;
  later(() =>
    refreshSummaryOnce(db, api).then(
      () => undefined,
      (err) => log.warn({ err }, 'billing summary refresh failed'),
    ),
  );
  return true;
}

/** Pure: whether the summary wants a refresh now (older than STALE_MS, another month, never made). */
export function summaryDue(state: SummaryState, nowMs = Date.now()): boolean {
  const age = state.refreshedAt ? nowMs - Date.parse(state.refreshedAt) : Number.POSITIVE_INFINITY;
  const otherMonth = state.refreshedAt?.slice(0, 7) !== new Date(nowMs).toISOString().slice(0, 7);
  return !state.refreshing && (age >= STALE_MS || otherMonth);
}
