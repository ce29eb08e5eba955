'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { invalidateClients } from './queries';
import { updateStatusSpec } from './status';

export const updateClientStatus = defineAction({
  ...updateStatusSpec,
  after: async (input) => {
    await invalidateClients(input.client_id);
    revalidatePath('/clients');
    revalidatePath(`/clients/${input.client_id}`, 'layout');
  },
});
