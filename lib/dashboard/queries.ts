import 'server-only';
import { cache } from 'react';
import { getBillingOverview } from '@/lib/billing/overview';
import { refreshIfStale } from '@/lib/billing/summary';
import { listAllMatchingClients } from '@/lib/clients/queries';
import { DEFAULT_PARAMS } from '@/lib/clients/schemas';
import { getDb } from '@/lib/db';
import { BUY_ACTION } from '@/lib/numbers/purchase';
import { partnerApi } from '@/lib/partner-api';
import { getPendingItems } from '@/lib/pending/queries';
import { PENDING_STAGES } from '@/lib/pending/stages';
import { localParts, zonedInstant } from '@/lib/schedule/open-at';
import { getSettings } from '@/lib/settings';
import { type ClientFigures, clientFigures, pendingByStage, type StageFigure } from './figures';

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

async function thisMonth(): Promise<{ month: string; startIso: string }> {
  const { displayTimeZone: timeZone } = await getSettings();
  const month = localParts(new Date(), timeZone).date.slice(0, 7);
  return { month, startIso: zonedInstant(`${month}-01`, '00:00', timeZone).toISOString() };
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

/**
 * Spend (wallet debits) this month so far and last month, from the billing summary the portal
 * keeps (lib/billing/summary.ts, one refresh under a lease for all instances): SQL only here.
 * A stale or missing summary starts a background refresh; the tile shows what exists and its age.
 */
export async function getSpendComparison(): Promise<{
  thisMonthPaise: number;
  lastMonthPaise: number;
  refreshedAt: string | null;
  refreshing: boolean;
  failedClients: number;
}> {
  const [db, settings] = await Promise.all([getDb(), getSettings()]);
  const o = await getBillingOverview(db, settings);
  const started = refreshIfStale(db, partnerApi(), o.summary);
  return {
    thisMonthPaise: o.spendThisMonthPaise,
    lastMonthPaise: o.spendLastMonthPaise,
    refreshedAt: o.summary.refreshedAt,
    refreshing: o.summary.refreshing || started,
    failedClients: o.summary.failed,
  };
}
