import { getRecords } from '@/lib/masking/queries';
import { defineRoute } from '@/lib/route-guard';

/** One session's call records (numbers masked), read when the user opens them. */
export const GET = defineRoute<{ clientId: string; sessionId: string }>({
  permission: 'masking:read',
  clientId: (_req, p) => p.clientId,
  handler: async (_req, { clientId, params }) => getRecords(clientId as string, params.sessionId),
});
