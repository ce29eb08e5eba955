import { clientsCsv } from '@/lib/clients/csv';
import { listAllMatchingClients } from '@/lib/clients/queries';
import { parseListParams } from '@/lib/clients/schemas';
import { defineRoute } from '@/lib/route-guard';

/**
 * CSV of every client matching the list's filters (not just the visible page). End-client
 * users hold clients:read for their own client only, so the export is for staff.
 */
export const GET = defineRoute({
  permission: 'clients:read',
  staffOnly: true,
  handler: async (req) => {
    const { page: _page, ...params } = parseListParams(new URL(req.url).searchParams);
    const rows = await listAllMatchingClients(params);
    const stamp = new Date().toISOString().slice(0, 10);
    // BOM: spreadsheet apps read the file as UTF-8 (names with non-ASCII letters) only with it.
    return new Response(`\uFEFF${clientsCsv(rows)}`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="clients-${stamp}.csv"`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
});
