import 'server-only';
import { NextResponse } from 'next/server';
import { can, isStaff, type Permission } from '@/lib/auth/permissions';
import { getSessionUser, type SessionUser } from '@/lib/auth/session';
import { asUserFacing } from '@/lib/errors';
import { log } from '@/lib/log';

/**
 * The GET route handlers' counterpart of the action layers (client-side polling, parallel
 * reads, downloads): session, permission and client scope are checked here, inside the handler.
 * The handler returns data (sent as `{data}` JSON) or a ready `Response` (a CSV stream), which
 * is sent as it is. Every response is `no-store`.
 */
export function defineRoute<P extends Record<string, string>>(spec: {
  permission: Permission;
  /** The client a request is about (from params or query); scoped for `client` users. */
  clientId?: (req: Request, params: P) => string | null;
  /** Console-wide data: `client` users are refused whatever the matrix says (as staffAction). */
  staffOnly?: boolean;
  handler: (req: Request, ctx: { user: SessionUser; params: P; clientId: string | null }) => Promise<unknown>;
}) {
  return async (req: Request, context: { params: Promise<P> }): Promise<Response> => {
    const noStore = { 'Cache-Control': 'no-store' };
    const user = await getSessionUser();
    if (!user) return NextResponse.json({ message: 'Sign in to continue.' }, { status: 401, headers: noStore });
    const params = ((await context?.params) ?? {}) as P;
    const clientId = spec.clientId?.(req, params) ?? null;
    const scoped = user.role !== 'client' || clientId === null || clientId === user.clientId;
    if (!can(user.role, spec.permission) || !scoped || (spec.staffOnly && !isStaff(user.role))) {
      return NextResponse.json(
        { message: 'You do not have permission to do that.' },
        { status: 403, headers: noStore },
      );
    }
    try {
      const data = await spec.handler(req, { user, params, clientId: clientId ?? user.clientId });
      // A handler may answer with its own Response (a streamed CSV); the checks above still ran.
      if (data instanceof Response) {
        data.headers.set('Cache-Control', 'no-store');
        return data;
      }
      return NextResponse.json({ data }, { headers: noStore });
    } catch (err) {
      const known = asUserFacing(err);
      if (known) return NextResponse.json({ message: known.message }, { status: 502, headers: noStore });
      const ref = crypto.randomUUID().slice(0, 8).toUpperCase();
      log.error({ err, ref, url: req.url }, 'route handler failed');
      return NextResponse.json(
        { message: `Something went wrong (reference ${ref}).` },
        { status: 500, headers: noStore },
      );
    }
  };
}
