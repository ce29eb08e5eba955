import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { ActionSpec } from '@/lib/action-core';
import { invalidateClients } from '@/lib/clients/queries';
import { getDb } from '@/lib/db';
import { formatRupees } from '@/lib/money';
import { partnerApi } from '@/lib/partner-api';
import { readSettings } from '@/lib/settings';
import { addCredits } from './credit';
import { addCreditsSchema } from './schemas';

const validTillText = (v: string | null) => (v ? v.slice(0, 10) : 'not set');

/** The confirmation after: what was done, then the balance and validity as they now stand. */
function creditedText(d: { creditedPaise: number; balancePaise: number | null; validTill: string | null }) {
  const balance = d.balancePaise === null ? '' : formatRupees(d.balancePaise);
  if (d.creditedPaise === 0) {
    return `Validity extended to ${validTillText(d.validTill)}.${balance ? ` The balance is ${balance}.` : ''}`;
  }
  return (
    `${formatRupees(d.creditedPaise)} added.` +
    (balance ? ` The balance is now ${balance}.` : '') +
    (d.validTill ? ` Valid till ${validTillText(d.validTill)}.` : '')
  );
}

/** Kept apart from the 'use server' module (actions.ts) so authorization can be unit-tested. */
const spec = <S extends z.ZodType, T>(s: ActionSpec<S, T>) => s;

export const walletPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/wallet`;

export const addCreditsSpec = spec({
  name: 'wallet.add-credits',
  permission: 'wallet:credit',
  schema: addCreditsSchema,
  clientId: (i) => i.client_id,
  run: async (input, { user }) => {
    const db = await getDb();
    const { topUpCeilingPaise } = await readSettings(db);
    return addCredits(
      { db, api: partnerApi() },
      {
        clientId: input.client_id,
        amount: input.amount,
        validTill: input.valid_till,
        key: input.key,
        userId: user.id,
        ceilingPaise: topUpCeilingPaise,
      },
    );
  },
  after: async (input, data) => {
    if (data.state !== 'succeeded') return;
    // The balance changed: the clients mirror (clients list, billing overview) reloads this row.
    await invalidateClients(input.client_id);
    revalidatePath(walletPath(input.client_id));
    revalidatePath('/wallet');
  },
  successMessage: (d) =>
    d.state === 'succeeded'
      ? creditedText(d)
      : d.inProgress
        ? 'This credit is still in progress (another tab or click started it). Checking again in a moment.'
        : 'Pending: the provider did not answer in time, so the portal is confirming whether the credit went through.',
});
