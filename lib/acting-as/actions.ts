'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { staffAction } from '@/lib/action';
import { getClient } from '@/lib/clients/queries';
import { UserError } from '@/lib/errors';
import { idSchema } from '@/lib/partner-api/endpoints/common';
import { endActing, startActing } from './index';

const startSchema = z.object({
  client_id: idSchema,
  reason: z
    .string()
    .trim()
    .min(5, 'Say why you are opening this client’s workspace (at least 5 characters).')
    .max(300, 'Use at most 300 characters.'),
});

/** Opens a client's workspace as that client; the reason is kept on the acting session and in the audit row. */
export const startActingAs = staffAction({
  name: 'clients.act-as-start',
  permission: 'clients:act-as',
  schema: startSchema,
  clientId: (input) => input.client_id,
  run: async (input, { user }) => {
    const client = await getClient(input.client_id);
    if (!client) throw new UserError('That client does not exist.');
    const acting = await startActing(user, input.client_id, input.reason);
    return { clientId: acting.clientId };
  },
  after: () => redirect('/account'),
});

/** Leaves the client's workspace (one click from the banner), back to the client's page. */
export const leaveActingAs = staffAction({
  name: 'clients.act-as-leave',
  permission: 'clients:act-as',
  schema: z.object({}),
  run: async (_input, { user }) => ({ clientId: await endActing(user.id) }),
  after: (_input, data) => redirect(data.clientId ? `/clients/${encodeURIComponent(data.clientId)}` : '/dashboard'),
});
