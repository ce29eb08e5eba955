import 'server-only';
import { redirect } from 'next/navigation';
import { requireWorkspace } from '@/lib/acting-as';
import { can, type Permission } from '@/lib/auth/permissions';
import { requireStaff, type SessionUser } from '@/lib/auth/session';

/**
 * One set of client pages for two places: the console (`/clients/<id>/…`, staff, the id from
 * the URL) and the end-client workspace (`/account/…`, the id from the session or the acting
 * session, NEVER from the URL). A page resolves its scope here and builds every link from
 * `base`, so the same page file serves both routes (the workspace re-exports it).
 */
export type ClientScope = {
  clientId: string;
  user: SessionUser;
  /** What this person may do here (the workspace also limits staff acting as the client). */
  may: (p: Permission) => boolean;
  /** Root of this client's pages: `/clients/<id>` or `/account`. */
  base: string;
  workspace: boolean;
};

export async function clientScope(
  params: Promise<{ clientId?: string }> | undefined,
  permission: Permission,
): Promise<ClientScope> {
  const p = params ? await params : {};
  if (p.clientId) {
    const user = await requireStaff(permission);
    return {
      clientId: p.clientId,
      user,
      may: (x) => can(user.role, x),
      base: `/clients/${encodeURIComponent(p.clientId)}`,
      workspace: false,
    };
  }
  const ws = await requireWorkspace();
  if (!ws.may(permission)) redirect('/forbidden');
  return { clientId: ws.clientId, user: ws.user, may: ws.may, base: '/account', workspace: true };
}
