import { defineRoute } from '@/lib/route-guard';
import { transactionsCsvStream } from '@/lib/wallet/csv';
import { parseTransactionsQuery } from '@/lib/wallet/schemas';

/**
 * The filtered transactions as a CSV download, streamed (lib/wallet/csv.ts). Same filters
 * as the page's URL; the page number and size are ignored (the whole filtered set). A
 * `client` user reaches only its own client (defineRoute's client scope).
 */
export const GET = defineRoute<{ clientId: string }>({
  permission: 'wallet:read',
  clientId: (_req, p) => p.clientId,
  handler: async (req, { clientId }) => {
    const id = clientId as string;
    // Lenient like the page: a bad filter is dropped, so the file matches what the page lists.
    const { query } = parseTransactionsQuery(Object.fromEntries(new URL(req.url).searchParams));
    const stream = await transactionsCsvStream(id, { ...query, page: undefined, limit: undefined });
    const stamp = new Date().toISOString().slice(0, 10);
    const safeId = id.replace(/[^A-Za-z0-9_-]/g, '');
    return new Response(stream, {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="transactions-${safeId}-${stamp}.csv"`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
});
