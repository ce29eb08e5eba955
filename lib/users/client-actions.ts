'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { clientAction } from '@/lib/action';
import { revokeAllSessions } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { inviteUser, loadTarget } from './manage';
import { clientUserSchema, inviteClientUserSchema } from './schemas';
import { revokeInvite } from './tokens';

/**
 * A client's own users. An end-client invites colleagues into its own workspace (always the
 * client role, always its own client id: the pipeline refuses any other client_id); owners and
 * admins see and disable them from the client's page.
 */
const revalidate = (clientId: string) => {
  revalidatePath('/account/users');
  revalidatePath(`/clients/${clientId}`);
};

export const inviteClientUser = clientAction({
  name: 'client-users.invite',
  permission: 'client-users:manage',
  schema: inviteClientUserSchema,
  clientId: (input) => input.client_id,
  run: async (input, { user }) =>
    inviteUser(await getDb(), {
      email: input.email,
      role: 'client',
      clientId: input.client_id,
      by: user.id,
      byName: user.name,
    }),
  after: (input) => revalidate(input.client_id),
  successMessage: (d) => `Invitation sent to ${d.email}. Copy the link now: it is shown only once.`,
});

export const withdrawClientInvite = clientAction({
  name: 'client-users.withdraw-invite',
  permission: 'client-users:manage',
  schema: z.object({ client_id: z.string().trim().min(1).max(64), invite_id: z.string().min(1).max(64) }),
  clientId: (input) => input.client_id,
  run: async (input) => {
    if (!(await revokeInvite(await getDb(), input.invite_id, input.client_id)))
      throw new UserError('That invitation was already used or withdrawn.');
    return { id: input.invite_id };
  },
  after: (input) => revalidate(input.client_id),
  successMessage: 'Invitation withdrawn.',
});

export const setClientUserDisabled = clientAction({
  name: 'client-users.set-disabled',
  permission: 'client-users:manage',
  schema: clientUserSchema.extend({ disabled: z.enum(['true', 'false']).transform((v) => v === 'true') }),
  clientId: (input) => input.client_id,
  run: async (input, { user }) => {
    const db = await getDb();
    const target = await loadTarget(db, input.user_id);
    // Only a user of this very client: an id from elsewhere is "not found", never changed.
    if (target.role !== 'client' || target.clientId !== input.client_id)
      throw new UserError('That user no longer exists.');
    if (target.id === user.id) throw new UserError('You cannot disable your own account.');
    await db
      .updateTable('users')
      .set({ disabled: input.disabled ? 1 : 0, updated_at: new Date().toISOString() })
      .where('id', '=', target.id)
      .execute();
    if (input.disabled) await revokeAllSessions(target.id, db);
    return { email: target.email, disabled: input.disabled };
  },
  after: (input) => revalidate(input.client_id),
  successMessage: (d) => `${d.email} is now ${d.disabled ? 'disabled' : 'enabled'}.`,
});
