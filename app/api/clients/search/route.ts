import { searchClientsWithTotal } from '@/lib/clients/queries';
import { searchQuerySchema } from '@/lib/clients/schemas';
import { defineRoute } from '@/lib/route-guard';

/**
 * Jump-to-client: at most 8 matches and how many match in all (the palette says "8 of 120").
 * An end-client user only ever finds its own client.
 */
export const GET = defineRoute({
  permission: 'clients:read',
  handler: async (req, { user }) => {
    const { q } = searchQuerySchema.parse({ q: new URL(req.url).searchParams.get('q') ?? '' });
    if (q.length < 1) return { matches: [], total: 0 };
    const { rows, total } = await searchClientsWithTotal(q, {
      onlyClientId: user.role === 'client' ? (user.clientId ?? '-') : null,
    });
    return { matches: rows, total };
  },
});
