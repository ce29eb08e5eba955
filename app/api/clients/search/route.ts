import { searchClients } from '@/lib/clients/queries';
import { searchQuerySchema } from '@/lib/clients/schemas';
import { defineRoute } from '@/lib/route-guard';

/** Jump-to-client: at most 8 matches. An end-client user only ever finds its own client. */
export const GET = defineRoute({
  permission: 'clients:read',
  handler: async (req, { user }) => {
    const { q } = searchQuerySchema.parse({ q: new URL(req.url).searchParams.get('q') ?? '' });
    if (q.length < 1) return [];
    return searchClients(q, { onlyClientId: user.role === 'client' ? (user.clientId ?? '-') : null });
  },
});
