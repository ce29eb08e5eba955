import 'server-only';
import { type Role, STAFF_ROLES } from '@/lib/auth/permissions';
import { createUser } from '@/lib/auth/users';
import type { DB } from '@/lib/db';

export const DEMO_DOMAIN = 'demo.test';

/**
 * Sandbox mode only: one demo user per role, all with the owner's demo password, so a
 * newcomer can try every role. The client user belongs to the first demo client.
 * Does nothing once any user exists.
 */
export async function seedDemoUsers(
  db: DB,
  opts: { ownerEmail: string; password: string; clientId: string | null },
): Promise<boolean> {
  const existing = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const roles: Role[] = [...STAFF_ROLES, ...(opts.clientId ? (['client'] as const) : [])];
  for (const role of roles) {
    await createUser(db, {
      role,
      email: role === 'owner' ? opts.ownerEmail : `${role}@${DEMO_DOMAIN}`,
      name: `Demo ${role.charAt(0).toUpperCase()}${role.slice(1)}`,
      password: opts.password,
      clientId: role === 'client' ? opts.clientId : null,
    });
  }
  return true;
}
