import 'server-only';
import { isRole, type Role } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db';
import { getSettings } from '@/lib/settings';
import { formatTimestamp } from '@/lib/time-display';
import { listOpenInvites } from './tokens';

export type UserListItem = {
  id: string;
  name: string;
  email: string;
  role: Role;
  clientId: string | null;
  disabled: boolean;
  createdAt: string;
};

/** `expiresText`: the expiry in the portal's display zone, labelled (formatted here, on the server). */
export type OpenInvite = { id: string; email: string; role: string; expiresAt: string; expiresText: string };

/** Staff (clientId null) or one client's users; never password hashes. */
export async function listUsers(scope: { clientId: string | null }): Promise<UserListItem[]> {
  const db = await getDb();
  let q = db.selectFrom('users').select(['id', 'name', 'email', 'role', 'client_id', 'disabled', 'created_at']);
  q = scope.clientId === null ? q.where('role', '!=', 'client') : q.where('client_id', '=', scope.clientId);
  const rows = await q.orderBy('created_at').execute();
  return rows.flatMap((r) =>
    isRole(r.role)
      ? [
          {
            id: r.id,
            name: r.name,
            email: r.email,
            role: r.role,
            clientId: r.client_id,
            disabled: r.disabled === 1,
            createdAt: r.created_at,
          },
        ]
      : [],
  );
}

export async function openInvites(clientId: string | null): Promise<OpenInvite[]> {
  const [rows, { displayTimeZone }] = await Promise.all([listOpenInvites(await getDb(), clientId), getSettings()]);
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    expiresAt: r.expires_at,
    expiresText: formatTimestamp(r.expires_at, displayTimeZone),
  }));
}
