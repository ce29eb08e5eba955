import { z } from 'zod';
import { amount, anyId, count, emptyRequest, endpoint, flagSchema, idSchema, optStr } from './common';

const GROUP = 'Clients';
const P = '/partnerclients';

export const clientOut = z.looseObject({
  client_id: anyId,
  name: z.string(),
  email: z.string(),
  mobile: z.string(),
  status: anyId,
  balance: amount,
  valid_till: optStr,
  created_at: optStr,
});

export const clientsEndpoints = {
  clients: endpoint({
    name: 'clients',
    group: GROUP,
    method: 'GET',
    path: `${P}/clients`,
    readOnly: true,
    request: emptyRequest,
    // Every client in one list: upstream has no paging (the portal pages on the server).
    response: z.array(clientOut),
  }),
  client: endpoint({
    name: 'client',
    group: GROUP,
    method: 'GET',
    path: `${P}/client/{client_id}`,
    readOnly: true,
    request: z.object({ client_id: idSchema }),
    response: clientOut.extend({
      country_code: optStr,
      kyc: z.unknown().optional(),
      dids_count: count.optional(),
      agents_count: count.optional(),
    }),
  }),
  update_status: endpoint({
    name: 'update_status',
    group: GROUP,
    method: 'POST',
    path: `${P}/update_status`,
    readOnly: false,
    // "1" active, "0" inactive.
    request: z.object({ client_id: idSchema, status: flagSchema }),
    response: z.looseObject({ client_id: anyId, status: anyId }),
  }),
  pending: endpoint({
    name: 'pending',
    group: GROUP,
    method: 'GET',
    path: `${P}/pending`,
    readOnly: true,
    request: emptyRequest,
    response: z.array(
      z.looseObject({
        temp_client_id: anyId,
        request_id: optStr,
        name: z.string(),
        email: z.string(),
        mobile: z.string(),
        // The next step due.
        stage: z.string(),
        created_at: optStr,
      }),
    ),
  }),
};
