import 'server-only';
import { ensureFresh, markLocalStale } from '@/lib/clients/mirror';
import type { DB } from '@/lib/db';
import { log } from '@/lib/log';
import type { PartnerClient } from '@/lib/partner-api';
import { refreshSummaryOnce, summaryDue, summaryState } from './summary';

/**
 * The billing summary's schedule: without it the summary only moved when someone opened the
 * overview or the dashboard, so a quiet portal showed hours-old spend to its first visitor.
 * Every CHECK_MS each instance reads the summary's state (one row); when it is due (STALE_MS,
 * or a new month) the clients mirror is reloaded first, so new clients get their row, then
 * the spend pass runs. The lease in refreshSummaryOnce keeps it to one instance at a time.
 */
export const CHECK_MS = 60_000;

/** One check; true when this instance ran a pass. Failures are logged, never thrown. */
export async function summaryTick(db: DB, api: PartnerClient, nowMs = Date.now()): Promise<boolean> {
  try {
    if (!summaryDue(await summaryState(db, nowMs), nowMs)) return false;
    markLocalStale();
    await ensureFresh(db, api);
    return await refreshSummaryOnce(db, api);
  } catch (err) {
    log.warn({ err }, 'scheduled billing summary refresh failed');
    return false;
  }
}

/**
 * Runs `tick` every `everyMs`, never two at once (a pass at 10,000 clients outlasts a period).
 * The timer is unref'd: it never keeps a stopping process alive. Returns a stop function.
 */
export function startSchedule(tick: () => Promise<unknown>, everyMs = CHECK_MS): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    tick()
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
