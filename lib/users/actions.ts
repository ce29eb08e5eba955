'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { createUser, setUserDisabled } from '@/lib/auth/users';
import { getDb } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { createUserSchema, setDisabledSchema } from './schemas';

export const addUser = defineAction({
  name: 'users.add',
  permission: 'users:manage',
  schema: createUserSchema,
  run: async (input) => {
    const db = await getDb();
    const taken = await db.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
    if (taken)
      throw new UserError('Check the highlighted fields.', { email: ['A user with this email already exists.'] });
    const user = await createUser(db, {
      name: input.name,
      email: input.email,
      role: input.role,
      password: input.password,
      clientId: input.role === 'client' ? input.client_id : null,
    });
    return { id: user.id, email: user.email };
  },
  after: () => revalidatePath('/settings/users'),
  successMessage: (d) => `Added ${d.email}. Share the temporary password with them securely.`,
});

export const changeUserDisabled = defineAction({
  name: 'users.set-disabled',
  permission: 'users:manage',
  schema: setDisabledSchema,
  run: async (input, { user }) => {
    if (input.user_id === user.id) throw new UserError('You cannot disable your own account.');
    const db = await getDb();
    const target = await db
      .selectFrom('users')
      .select(['email', 'role'])
      .where('id', '=', input.user_id)
      .executeTakeFirst();
    if (!target) throw new UserError('That user no longer exists.');
    await setUserDisabled(db, input.user_id, input.disabled);
    return { email: target.email, disabled: input.disabled };
  },
  after: () => revalidatePath('/settings/users'),
  successMessage: (d) =>
    `${d.email} is now ${d.disabled ? 'disabled: they are signed out at their next request' : 'enabled'}.`,
});
