'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formDataToObject, zodFieldErrors } from '@/lib/action-core';
import { appendAudit } from '@/lib/audit/log';
import { createFirstOwnerOnce } from '@/lib/auth/setup';
import { countUsers } from '@/lib/auth/users';
import { getDb } from '@/lib/db';
import { requestMeta } from '@/lib/request-meta';

export type SetupState = {
  ok: false;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
} | null;

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
 * Creates the first owner. Public by necessity, so it authorizes itself: it only works while
 * no user exists, and lib/auth/setup.ts makes two simultaneous submissions create one owner.
 * The raw argument is checked before anything else: a call without form data gets a clear
 * answer, never a 500.
 */
export async function createFirstOwner(_prev: SetupState, formData: FormData): Promise<SetupState> {
  if (!(formData instanceof FormData)) return { ok: false, message: 'Send the setup form.' };
  const raw = formDataToObject(formData);
  const text = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : '');
  const values = { name: text('name'), email: text('email') };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), values };
  const db = await getDb();
  if ((await countUsers(db)) > 0) return { ok: false, message: ALREADY };
  const user = await createFirstOwnerOnce(db, parsed.data);
  if (!user) return { ok: false, message: ALREADY };
  const { requestId, ip } = await requestMeta();
  await appendAudit(db, {
    userId: user.id,
    userEmail: user.email,
    role: 'owner',
    clientId: null,
    action: 'setup.create-owner',
    input: parsed.data,
    outcome: 'ok',
    ip,
    requestId,
  });
  redirect('/sign-in');
}
