import 'server-only';
import { z } from 'zod';
import type { DB } from '@/lib/db';
import type { PartnerClient } from '@/lib/partner-api';
import { refreshSummaryOnce } from './summary';

/**
 * "Refresh now" on the billing overview. Waits for the refresh when this instance takes the
 * lease (a few seconds at demo sizes); when another instance holds it, says so instead.
 */
export const refreshSpec = {
  name: 'billing.refresh-summary',
  permission: 'wallet:read',
  schema: z.object({}),
  run: async ({ db, api }: { db: DB; api: PartnerClient }) => ({ ran: await refreshSummaryOnce(db, api) }),
  successMessage: (d: { ran: boolean }) =>
    d.ran ? 'Billing summary refreshed.' : 'A refresh is already running; the page updates when it finishes.',
} as const;
