import 'server-only';
import { z } from 'zod';
import { ensureFresh, markLocalStale } from '@/lib/clients/mirror';
import type { DB } from '@/lib/db';
import { log } from '@/lib/log';
import type { PartnerClient } from '@/lib/partner-api';
import { refreshSummaryOnce } from './summary';

/** How long "Refresh now" waits for the spend pass before answering (it goes on after). */
export const REFRESH_WAIT_MS = 20_000;

export type RefreshOutcome = 'done' | 'elsewhere' | 'continuing';

/**
 * "Refresh now" on the billing overview. First the clients mirror is reloaded from upstream
 * (one `clients` call), so a client made outside the portal a moment ago is in the lists when
 * the page re-renders; then the spend summary, which walks the mirror's clients. At demo sizes
 * the spend pass takes seconds and is awaited; at 10,000 clients it takes minutes, so after
 * REFRESH_WAIT_MS the answer says it goes on in the background (the page shows "refreshing").
 * When another instance holds the summary's lease, its refresh is under way: say so.
 */
export const refreshSpec = {
  name: 'billing.refresh-summary',
  permission: 'wallet:read',
  schema: z.object({}),
  run: async ({ db, api }: { db: DB; api: PartnerClient }): Promise<{ outcome: RefreshOutcome }> => {
    markLocalStale();
    await ensureFresh(db, api);
    const pass = refreshSummaryOnce(db, api);
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<'continuing'>((resolve) => {
      timer = setTimeout(() => resolve('continuing'), REFRESH_WAIT_MS);
    });
    try {
      const r = await Promise.race([pass.then((ran) => (ran ? 'done' : 'elsewhere') as RefreshOutcome), waited]);
      // Nobody awaits a pass left running: its failure goes to the log.
      if (r === 'continuing') pass.catch((err) => log.warn({ err }, 'billing summary refresh failed'));
      return { outcome: r };
    } finally {
      clearTimeout(timer);
    }
  },
  successMessage: (d: { outcome: RefreshOutcome }) =>
    d.outcome === 'done'
      ? 'Billing summary refreshed.'
      : d.outcome === 'elsewhere'
        ? 'Clients reloaded. A spend refresh is already running; reload the page in a minute for its figures.'
        : 'Clients reloaded. The spend refresh continues in the background; reload the page in a minute for its figures.',
} as const;
