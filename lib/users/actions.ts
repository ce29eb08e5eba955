'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/action';
import { revokeAllSessions } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { assertMayManage, inviteUser, loadTarget, resetPassword, updateKeepingAnOwner } from './manage';
import { changeRoleSchema, inviteIdSchema, inviteStaffSchema, setDisabledSchema, userIdSchema } from './schemas';
import { revokeInvite } from './tokens';

const PAGE = '/settings/users';

/** Invites a staff member: a one-time link valid 72 h, mailed (sandbox inbox) and shown once. */
export const inviteStaffUser = staffAction({
  name: 'users.invite',
  permission: 'users:manage',
  schema: inviteStaffSchema,
  run: async (input, { user }) => {
    if (user.role !== 'owner' && input.role === 'owner')
      throw new UserError('Check the highlighted fields.', { role: ['Only an owner can invite an owner.'] });
    return inviteUser(await getDb(), {
      email: input.email,
      role: input.role,
      clientId: null,
      by: user.id,
      byName: user.name,
    });
  },
  after: () => revalidatePath(PAGE),
  successMessage: (d) => `Invitation sent to ${d.email}. Copy the link now: it is shown only once.`,
});

export const withdrawStaffInvite = staffAction({
  name: 'users.withdraw-invite',
  permission: 'users:manage',
  schema: inviteIdSchema,
  run: async (input) => {
    if (!(await revokeInvite(await getDb(), input.invite_id, null)))
      throw new UserError('That invitation was already used or withdrawn.');
    return { id: input.invite_id };
  },
  after: () => revalidatePath(PAGE),
  successMessage: 'Invitation withdrawn.',
});

export const changeUserRole = staffAction({
  name: 'users.change-role',
  permission: 'users:manage',
  schema: changeRoleSchema,
  run: async (input, { user }) => {
    const db = await getDb();
    const target = await loadTarget(db, input.user_id);
    assertMayManage(user, target, input.role);
    await updateKeepingAnOwner(db, target, { role: input.role });
    return { email: target.email, role: input.role };
  },
  after: () => revalidatePath(PAGE),
  successMessage: (d) => `${d.email} is now ${d.role}.`,
});

export const changeUserDisabled = staffAction({
  name: 'users.set-disabled',
  permission: 'users:manage',
  schema: setDisabledSchema,
  run: async (input, { user }) => {
    const db = await getDb();
    const target = await loadTarget(db, input.user_id);
    assertMayManage(user, target);
    await updateKeepingAnOwner(db, target, { disabled: input.disabled });
    return { email: target.email, disabled: input.disabled };
  },
  after: () => revalidatePath(PAGE),
  successMessage: (d) =>
    `${d.email} is now ${d.disabled ? 'disabled: they are signed out at their next request' : 'enabled'}.`,
});

export const resetUserPassword = staffAction({
  name: 'users.reset-password',
  permission: 'users:manage',
  schema: userIdSchema,
  run: async (input, { user }) => {
    const db = await getDb();
    const target = await loadTarget(db, input.user_id);
    assertMayManage(user, target);
    return resetPassword(db, target, user.id);
  },
  after: () => revalidatePath(PAGE),
  successMessage: (d) => `${d.email} must choose a new password. Copy the link now: it is shown only once.`,
});

/** Ends every session of a team member at once (their next request signs them out). */
export const signOutUserEverywhere = staffAction({
  name: 'users.sign-out-everywhere',
  permission: 'users:manage',
  schema: userIdSchema,
  run: async (input, { user }) => {
    const db = await getDb();
    const target = await loadTarget(db, input.user_id);
    assertMayManage(user, target);
    await revokeAllSessions(target.id, db);
    return { email: target.email };
  },
  after: () => revalidatePath(PAGE),
  successMessage: (d) => `${d.email} is signed out everywhere.`,
});
