'use server';

import { revalidatePath } from 'next/cache';
import { clientAction, staffAction } from '@/lib/action';
import { invalidateClients } from '@/lib/clients/queries';
import { updateStatusSpec } from '@/lib/clients/status';
import { getDb } from '@/lib/db';
import { partnerApi } from '@/lib/partner-api';
import { refreshSpec } from './action-specs';

/**
 * Pause / reactivate from the billing overview: the clients area's own status spec (same
 * permission `clients:status`, reason required, audited as clients.update-status), refreshed
 * into the mirror so the overview shows the new status at once.
 */
export const setBillingClientStatus = clientAction({
  ...updateStatusSpec,
  after: async (input) => {
    await invalidateClients(input.client_id);
    revalidatePath('/wallet');
    revalidatePath('/clients');
  },
});

export const refreshBillingSummary = staffAction({
  ...refreshSpec,
  run: async () => refreshSpec.run({ db: await getDb(), api: partnerApi() }),
  after: () => revalidatePath('/wallet'),
});
