import 'server-only';
import { getDb } from '@/lib/db';

export type UserListItem = {
  id: string;
  name: string;
  email: string;
  role: string;
  clientId: string | null;
  disabled: boolean;
  createdAt: string;
};

export async function listUsers(): Promise<UserListItem[]> {
  const db = await getDb();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role', 'client_id', 'disabled', 'created_at'])
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    clientId: r.client_id,
    disabled: r.disabled === 1,
    createdAt: r.created_at,
  }));
}
