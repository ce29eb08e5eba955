import 'server-only';
import { NextResponse } from 'next/server';
import { can, type Permission } from '@/lib/auth/permissions';
import { getSessionUser, type SessionUser } from '@/lib/auth/session';
import { asUserFacing } from '@/lib/errors';
import { log } from '@/lib/log';

/**
 * The GET route handlers' counterpart of defineAction (client-side polling and parallel
 * reads): session, permission and client scope are checked here, inside the handler.
 */
export function defineRoute<P extends Record<string, string>>(spec: {
  permission: Permission;
  /** The client a request is about (from params or query); scoped for `client` users. */
  clientId?: (req: Request, params: P) => string | null;
  handler: (req: Request, ctx: { user: SessionUser; params: P; clientId: string | null }) => Promise<unknown>;
}) {
  return async (req: Request, context: { params: Promise<P> }): Promise<Response> => {
    const noStore = { 'Cache-Control': 'no-store' };
    const user = await getSessionUser();
    if (!user) return NextResponse.json({ message: 'Sign in to continue.' }, { status: 401, headers: noStore });
    const params = await context.params;
    const clientId = spec.clientId?.(req, params) ?? null;
    const scoped = user.role !== 'client' || clientId === null || clientId === user.clientId;
    if (!can(user.role, spec.permission) || !scoped) {
      return NextResponse.json(
        { message: 'You do not have permission to do that.' },
        { status: 403, headers: noStore },
      );
    }
    try {
      const data = await spec.handler(req, { user, params, clientId: clientId ?? user.clientId });
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
