import { fetchWallboard } from '@/lib/agents/queries';
import { allClientsWallboard } from '@/lib/agents/wallboard-all';
import { defineRoute } from '@/lib/route-guard';

/**
 * The wallboard's poll (TanStack Query, every 5 s). `?client_id=` → that client's board;
 * without it, staff get every client's summary and a `client` user its own board.
 * defineRoute checks the session, `agents:read` and the client scope before anything runs.
 */
const CLIENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  permission: 'agents:read',
  clientId: (req) => {
    const id = new URL(req.url).searchParams.get('client_id');
    return id && CLIENT_ID.test(id) ? id : null;
  },
  handler: async (_req, { clientId }) => (clientId ? fetchWallboard(clientId) : allClientsWallboard()),
});
