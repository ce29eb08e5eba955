import { NextResponse } from 'next/server';
import { can, isStaff } from '@/lib/auth/permissions';
import { getSessionUser } from '@/lib/auth/session';
import { clientsCsv } from '@/lib/clients/csv';
import { listAllMatchingClients } from '@/lib/clients/queries';
import { parseListParams } from '@/lib/clients/schemas';
import { asUserFacing } from '@/lib/errors';
import { log } from '@/lib/log';

/**
 * CSV of every client matching the list's filters (not just the visible page). A route
 * handler is its own public endpoint: it checks the session and permission itself. End-client
 * users hold clients:read for their own client only, so the export is for staff.
 */
export async function GET(req: Request): Promise<Response> {
  const noStore = { 'Cache-Control': 'no-store' };
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ message: 'Sign in to continue.' }, { status: 401, headers: noStore });
  if (!isStaff(user.role) || !can(user.role, 'clients:read')) {
    return NextResponse.json({ message: 'You do not have permission to do that.' }, { status: 403, headers: noStore });
  }
  const { page: _page, ...params } = parseListParams(new URL(req.url).searchParams);
  try {
    const rows = await listAllMatchingClients(params);
    const stamp = new Date().toISOString().slice(0, 10);
    // BOM: spreadsheet apps read the file as UTF-8 (names with non-ASCII letters) only with it.
    return new Response(`\uFEFF${clientsCsv(rows)}`, {
      headers: {
        ...noStore,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="clients-${stamp}.csv"`,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (err) {
    const known = asUserFacing(err);
    if (known) return NextResponse.json({ message: known.message }, { status: 502, headers: noStore });
    log.error({ err }, 'clients export failed');
    return NextResponse.json({ message: 'Something went wrong.' }, { status: 500, headers: noStore });
  }
}
