import 'server-only';
import { partnerApi } from '@/lib/partner-api';
import { updateStatusSchema } from './schemas';

/**
 * The status change as an action spec, kept apart from the 'use server' module so the
 * permission and parsing can be unit-tested through the action pipeline. The reason is part
 * of the input and therefore of the audit entry; upstream itself has no field for it.
 */
export const updateStatusSpec = {
  name: 'clients.update-status',
  permission: 'clients:status',
  schema: updateStatusSchema,
  clientId: (i: { client_id: string }) => i.client_id,
  run: async (input: { client_id: string; status: 'active' | 'inactive' }) => {
    await partnerApi().call('update_status', {
      client_id: input.client_id,
      status: input.status === 'active' ? '1' : '0',
    });
    return { clientId: input.client_id, active: input.status === 'active' };
  },
  successMessage: (d: { active: boolean }) => (d.active ? 'Client activated.' : 'Client deactivated.'),
} as const;
