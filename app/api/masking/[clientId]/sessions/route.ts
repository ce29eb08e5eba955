import { listSessions } from '@/lib/masking/queries';
import { defineRoute } from '@/lib/route-guard';

/** The client's Click-Connect sessions (party numbers masked), polled by the sessions list. */
export const GET = defineRoute<{ clientId: string }>({
  permission: 'masking:read',
  clientId: (_req, p) => p.clientId,
  handler: async (req, { clientId }) => {
    const page = Number(new URL(req.url).searchParams.get('page') ?? '1');
    return listSessions(clientId as string, { page: Number.isInteger(page) && page > 0 ? page : 1 });
  },
});
