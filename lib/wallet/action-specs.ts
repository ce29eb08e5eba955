import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { ActionSpec } from '@/lib/action-core';
import { formatRupees } from '@/lib/clients/format';
import { invalidateClients } from '@/lib/clients/queries';
import { getDb } from '@/lib/db';
import { partnerApi } from '@/lib/partner-api';
import { addCredits } from './credit';
import { addCreditsSchema } from './schemas';

/** Kept apart from the 'use server' module (actions.ts) so authorization can be unit-tested. */
const spec = <S extends z.ZodType, T>(s: ActionSpec<S, T>) => s;

export const walletPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/wallet`;

export const addCreditsSpec = spec({
  name: 'wallet.add-credits',
  permission: 'wallet:credit',
  schema: addCreditsSchema,
  clientId: (i) => i.client_id,
  run: async (input, { user }) =>
    addCredits(
      { db: await getDb(), api: partnerApi() },
      { clientId: input.client_id, amount: input.amount, validTill: input.valid_till, key: input.key, userId: user.id },
    ),
  after: (input, data) => {
    if (data.state !== 'succeeded') return;
    // The balance changed: the clients list's shared cache must not show the old one.
    invalidateClients();
    revalidatePath(walletPath(input.client_id));
  },
  successMessage: (d) =>
    d.state === 'succeeded'
      ? `${formatRupees(d.creditedPaise)} added.` +
        (d.balancePaise === null ? '' : ` The balance is now ${formatRupees(d.balancePaise)}.`)
      : d.inProgress
        ? 'This credit is still in progress (another tab or click started it). Checking again in a moment.'
        : 'Pending: the provider did not answer in time, so the portal is confirming whether the credit went through.',
});
