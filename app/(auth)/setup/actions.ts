'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { zodFieldErrors } from '@/lib/action-core';
import { appendAudit } from '@/lib/audit/log';
import { countUsers, createUser } from '@/lib/auth/users';
import { getDb, nowIso } from '@/lib/db';
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

/**
 * Creates the first owner. Public by necessity, so it authorizes itself: it only works
 * while no user exists, and a unique key makes two simultaneous submissions create one owner.
 */
export async function createFirstOwner(_prev: SetupState, formData: FormData): Promise<SetupState> {
  const raw = Object.fromEntries(formData) as Record<string, string>;
  const values = { name: raw.name ?? '', email: raw.email ?? '' };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), values };
  const db = await getDb();
  if ((await countUsers(db)) > 0) return { ok: false, message: 'Setup is already complete. Sign in instead.' };
  const { requestId, ip } = await requestMeta();
  try {
    await db
      .insertInto('idempotency')
      .values({
        key: 'setup:first-owner',
        action: 'setup.create-owner',
        user_id: 'setup',
        client_id: null,
        request_hash: '',
        status: 'succeeded',
        result: null,
        created_at: nowIso(),
        updated_at: nowIso(),
      })
      .execute();
  } catch {
    return { ok: false, message: 'Setup is already complete. Sign in instead.' };
  }
  const user = await createUser(db, { ...parsed.data, role: 'owner' });
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
