'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { publicAction } from '@/lib/action';
import { createFirstOwnerOnce } from '@/lib/auth/setup';
import { countUsers } from '@/lib/auth/users';
import { getDb } from '@/lib/db';
import { UserError } from '@/lib/errors';

const schema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(120),
    email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.')),
    password: z.string().min(12, 'Use at least 12 characters.').max(200),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' });

const ALREADY = 'Setup is already complete. Sign in instead.';

/**
 * Creates the first owner. Public by necessity (publicAction: raw argument shape, zod, audit),
 * so it authorizes itself: it only works while no user exists, and lib/auth/setup.ts makes two
 * simultaneous submissions create one owner (a claim row, not the idempotency table).
 */
export const createFirstOwner = publicAction({
  name: 'setup.create-owner',
  schema,
  run: async (input) => {
    const db = await getDb();
    if ((await countUsers(db)) > 0) throw new UserError(ALREADY);
    const user = await createFirstOwnerOnce(db, { name: input.name, email: input.email, password: input.password });
    if (!user) throw new UserError(ALREADY);
    return { id: user.id, email: user.email };
  },
  after: () => redirect('/sign-in'),
});
