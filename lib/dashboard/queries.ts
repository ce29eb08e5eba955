import 'server-only';
import { cache } from 'react';
import { toPaise } from '@/lib/clients/list';
import { listAllMatchingClients } from '@/lib/clients/queries';
import { DEFAULT_PARAMS } from '@/lib/clients/schemas';
import { getDb } from '@/lib/db';
import { BUY_ACTION } from '@/lib/numbers/purchase';
import { isPartnerApiError, partnerApi } from '@/lib/partner-api';
import { getPendingItems } from '@/lib/pending/queries';
import { PENDING_STAGES } from '@/lib/pending/stages';
import { localParts, zonedInstant } from '@/lib/schedule/open-at';
import { getSettings } from '@/lib/settings';
import {
  type ClientFigures,
  clientFigures,
  debitsByMonth,
  pendingByStage,
  previousMonth,
  type StageFigure,
} from './figures';

/**
 * One reader per dashboard tile. The page starts them all at once, each inside its own
 * Suspense boundary, so a slow or failing upstream read holds up or greys only its tile.
 */
// Three tiles read the client list: once per request.
const allClients = cache(() => listAllMatchingClients({ ...DEFAULT_PARAMS }));

export async function getClientTiles(
  nowMs = Date.now(),
): Promise<ClientFigures & { warningDays: number; lowBalancePaise: number }> {
  const [rows, settings] = await Promise.all([allClients(), getSettings()]);
  return {
    ...clientFigures(rows, settings, nowMs),
    warningDays: settings.validityWarningDays,
    lowBalancePaise: settings.lowBalancePaise,
  };
}

export async function getPendingTiles(): Promise<{ total: number; stages: StageFigure[] }> {
  const items = await getPendingItems();
  return { total: items.length, stages: pendingByStage(items, PENDING_STAGES) };
}

async function thisMonth(): Promise<{ month: string; startIso: string; timeZone: string }> {
  const { displayTimeZone: timeZone } = await getSettings();
  const month = localParts(new Date(), timeZone).date.slice(0, 7);
  return { month, startIso: zonedInstant(`${month}-01`, '00:00', timeZone).toISOString(), timeZone };
}

/** Numbers bought through the portal this month (its exactly-once records of buy_did). */
export async function getNumbersBoughtThisMonth(): Promise<number> {
  const [{ startIso }, db] = await Promise.all([thisMonth(), getDb()]);
  const r = await db
    .selectFrom('idempotency')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', BUY_ACTION)
    .where('status', '=', 'succeeded')
    .where('created_at', '>=', startIso)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const CONCURRENCY = 6;

async function eachClient<R>(ids: string[], work: (id: string) => Promise<R>): Promise<{ ok: R[]; failed: number }> {
  const ok: R[] = [];
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++];
      try {
        ok.push(await work(id));
      } catch (e) {
        // A client the upstream no longer knows has nothing to count; anything else is a failure.
        if (!(isPartnerApiError(e) && e.status === 404)) failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
  // Every client failing is an outage: the tile says so rather than showing zero.
  if (ids.length > 0 && failed === ids.length) throw new Error('no client answered');
  return { ok, failed };
}

/**
 * Agents available now across active clients. Upstream has no cross-client listing, so this
 * is one get_agents_availability per active client, a few in flight at a time.
 */
export async function getAgentsAvailable(): Promise<{ available: number; total: number; failedClients: number }> {
  const clients = (await allClients()).filter((c) => c.active);
  const api = partnerApi();
  const { ok, failed } = await eachClient(
    clients.map((c) => c.id),
    (id) => api.call('get_agents_availability', { client_id: id }),
  );
  const agents = ok.flat();
  return { available: agents.filter((a) => a.available === '1').length, total: agents.length, failedClients: failed };
}

const LEDGER_PAGE = 100;
const LEDGER_MAX_PAGES = 20;

/**
 * Spend (wallet debits) this month so far against last month, summed over every client's
 * ledger from the first day of last month. Upstream pages at 100 rows; a client's first page
 * says how many there are and the rest are fetched together, up to LEDGER_MAX_PAGES.
 */
export async function getSpendComparison(): Promise<{
  thisMonthPaise: number;
  lastMonthPaise: number;
  month: string;
  failedClients: number;
  truncated: boolean;
}> {
  const [{ month }, clients] = await Promise.all([thisMonth(), allClients()]);
  const last = previousMonth(month);
  const api = partnerApi();
  let truncated = false;
  const ledger = async (clientId: string) => {
    const call = (page: number) =>
      api.call('wallet_transactions', {
        client_id: clientId,
        start_date: `${last}-01`,
        page: String(page),
        limit: String(LEDGER_PAGE),
      });
    const first = await call(1);
    const pages = Math.min(LEDGER_MAX_PAGES, Math.ceil(first.total / LEDGER_PAGE));
    if (first.total > LEDGER_MAX_PAGES * LEDGER_PAGE) truncated = true;
    const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => call(i + 2)));
    return [first, ...rest].flatMap((p) => p.items);
  };
  const { ok, failed } = await eachClient(
    clients.map((c) => c.id),
    ledger,
  );
  const byMonth = debitsByMonth(
    ok.flat().map((t) => ({ created_at: t.created_at, type: t.type, amountPaise: toPaise(t.amount) })),
  );
  return {
    thisMonthPaise: byMonth.get(month) ?? 0,
    lastMonthPaise: byMonth.get(last) ?? 0,
    month,
    failedClients: failed,
    truncated,
  };
}
