'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { invalidateClients } from './queries';
import { updateStatusSpec } from './status';
import { recordStatusNote } from './status-notes';

export const updateClientStatus = defineAction({
  ...updateStatusSpec,
  run: async (input, ctx) => {
    const done = await updateStatusSpec.run(input);
    // The reason and who gave it, shown on the client's page (upstream keeps no reason).
    await recordStatusNote(await getDb(), {
      clientId: input.client_id,
      active: done.active,
      reason: input.reason,
      userId: ctx.user.id,
      userEmail: ctx.user.email,
    });
    return done;
  },
  after: async (input) => {
    await invalidateClients(input.client_id);
    revalidatePath('/clients');
    revalidatePath(`/clients/${input.client_id}`, 'layout');
  },
});
