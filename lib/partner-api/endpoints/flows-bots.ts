import { z } from 'zod';
import { anyId, didNumberSchema, endpoint, extensionSchema, idSchema, optStr, textSchema } from './common';

const P = '/partnerclients';
const FLOWS = 'Call Flows';
const BOTS = 'Voice Bots';

const httpsUrl = z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https://' });
const wssUrl = z.url({ protocol: /^wss?$/, error: 'Enter a WebSocket address starting with wss://' });

// wss_header is a secret (design rule 1): it is sent upstream but never echoed to pages unmasked.
const botOut = z.looseObject({
  id: anyId,
  bot_name: z.string(),
  to_be_used: optStr,
  api_url: optStr,
  wss_url: optStr,
  wss_header: optStr,
});

export const flowsBotsEndpoints = {
  create_basic_flow: endpoint({
    name: 'create_basic_flow',
    group: FLOWS,
    method: 'POST',
    path: `${P}/create_basic_flow`,
    readOnly: false,
    request: z.object({
      client_id: idSchema,
      flow_name: textSchema(100),
      agent_ext: extensionSchema,
      // Upstream defaults to the client's primary DID.
      did_no: didNumberSchema.optional(),
      // Welcome message recording.
      recording_id: idSchema.optional(),
    }),
    response: z.looseObject({ flow_id: anyId }),
  }),
  edit_basic_flow: endpoint({
    name: 'edit_basic_flow',
    group: FLOWS,
    method: 'POST',
    path: `${P}/edit_basic_flow`,
    readOnly: false,
    request: z.object({
      client_id: idSchema,
      flow_id: idSchema,
      flow_name: textSchema(100).optional(),
      // "" clears an optional link (switching a bot flow back to an agent, dropping the
      // welcome recording or the fallback); absent keeps it (sandbox rule, assumed upstream).
      recording_id: z.union([idSchema, z.literal('')]).optional(),
      transfer_to: z.union([extensionSchema, z.literal('')]).optional(),
      agent_ext: extensionSchema.optional(),
      wss_bot_id: z.union([idSchema, z.literal('')]).optional(),
    }),
    response: z.looseObject({ flow_id: anyId }),
  }),
  map_flow_did: endpoint({
    name: 'map_flow_did',
    group: FLOWS,
    method: 'POST',
    path: `${P}/map_flow_did`,
    readOnly: false,
    request: z.object({ client_id: idSchema, flow_id: idSchema, did_no: didNumberSchema }),
    response: z.looseObject({ flow_id: anyId, did_no: z.string() }),
  }),
  create_wss_bot: endpoint({
    name: 'create_wss_bot',
    group: BOTS,
    method: 'POST',
    path: `${P}/create_wss_bot`,
    readOnly: false,
    request: z.object({
      client_id: idSchema,
      bot_name: textSchema(100),
      to_be_used: textSchema(40),
      // Passing an existing id updates that bot instead of creating one.
      id: idSchema.optional(),
      api_url: httpsUrl.optional(),
      wss_url: wssUrl.optional(),
      wss_header: z.string().max(4000, { error: 'Use at most 4000 characters' }).optional(),
    }),
    response: z.looseObject({ id: anyId }),
  }),
  get_wss_bots: endpoint({
    name: 'get_wss_bots',
    group: BOTS,
    method: 'GET',
    path: `${P}/get_wss_bots/{client_id}`,
    readOnly: true,
    request: z.object({ client_id: idSchema }),
    response: z.array(botOut),
  }),
  get_wss_bot: endpoint({
    name: 'get_wss_bot',
    group: BOTS,
    method: 'POST',
    path: `${P}/get_wss_bot`,
    readOnly: true,
    request: z.object({ client_id: idSchema, id: idSchema }),
    response: botOut,
  }),
  delete_wss_bot: endpoint({
    name: 'delete_wss_bot',
    group: BOTS,
    method: 'POST',
    path: `${P}/delete_wss_bot`,
    readOnly: false,
    request: z.object({ client_id: idSchema, id: idSchema }),
    response: z.looseObject({ id: anyId }),
  }),
};
