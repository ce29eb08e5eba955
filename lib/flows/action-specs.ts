import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { ActionSpec } from '@/lib/action-core';
import { getDb, nowIso } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { partnerApi } from '@/lib/partner-api';
import { type FlowDefinition, validateFlow } from './definition';
import { getFlowOptions } from './queries';
import { findFlowRecord, recordFlowVersion } from './registry';
import { mapFlowSchema, saveFlowSchema } from './schemas';

// clientId is required: these are clientAction specs (a client user reaches only its own).
const spec = <S extends z.ZodType, T>(s: ActionSpec<S, T> & { clientId: (i: z.output<S>) => string }) => s;
const clientPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}`;

/**
 * Save a basic flow: create_basic_flow then (for a bot or a fallback) edit_basic_flow, or
 * edit_basic_flow alone for an existing one; then record the definition in the registry.
 * Validated again here against fresh upstream data (an agent may have gone inactive).
 */
export const saveFlowSpec = spec({
  name: 'flows.save',
  permission: 'flows:write',
  schema: saveFlowSchema,
  clientId: (i) => i.client_id,
  run: async (input, { user }) => {
    const { client_id: clientId, flow_id: existingId, ...fields } = input;
    const def: FlowDefinition = { ...fields, name: fields.name.trim() };
    const db = await getDb();
    const existing = existingId ? await findFlowRecord(db, clientId, existingId) : null;
    if (existingId && !existing) throw new UserError('This flow is not in the portal’s registry.');
    // An existing flow keeps its DID here: moving it goes through "map to a number".
    if (existing) def.didNo = existing.definition.didNo;
    const errors = validateFlow(def, await getFlowOptions(clientId), !existing);
    if (Object.keys(errors).length > 0) {
      throw new UserError(
        'Fix the highlighted steps before saving.',
        Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, [v as string]])),
      );
    }
    const api = partnerApi();
    const agentExt = def.target === 'agent' ? def.agentExt : def.transferTo;
    let flowId = existingId;
    if (!flowId) {
      const created = await api.call('create_basic_flow', {
        client_id: clientId,
        flow_name: def.name,
        agent_ext: agentExt,
        did_no: def.didNo,
        recording_id: def.recordingId || undefined,
      });
      flowId = created.flow_id;
    }
    if (existing || def.target === 'bot' || def.transferTo) {
      await api.call('edit_basic_flow', {
        client_id: clientId,
        flow_id: flowId,
        flow_name: def.name,
        agent_ext: agentExt,
        recording_id: def.recordingId,
        transfer_to: def.transferTo,
        wss_bot_id: def.target === 'bot' ? def.botId : '',
      });
    }
    if (def.target === 'bot') def.agentExt = '';
    else def.botId = '';
    const version = await recordFlowVersion(db, {
      clientId,
      flowId,
      definition: def,
      userId: user.email,
      now: nowIso(),
    });
    return { flowId, version, created: !existing };
  },
  after: (input) => revalidatePath(clientPath(input.client_id), 'layout'),
  successMessage: (d) => (d.created ? 'Flow created.' : `Flow saved (version ${d.version}).`),
});

/** Point a DID at a flow (map_flow_did). The confirmation dialog showed the DID's flow today. */
export const mapFlowSpec = spec({
  name: 'flows.map-did',
  permission: 'flows:write',
  schema: mapFlowSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const db = await getDb();
    const record = await findFlowRecord(db, input.client_id, input.flow_id);
    if (!record) throw new UserError('This flow is not in the portal’s registry.');
    const opts = await getFlowOptions(input.client_id);
    if (!opts.dids.some((d) => d.number === input.did_no)) {
      throw new UserError('Choose one of this client’s numbers.', { did_no: ['Not one of this client’s numbers'] });
    }
    const r = await partnerApi().call('map_flow_did', {
      client_id: input.client_id,
      flow_id: input.flow_id,
      did_no: input.did_no,
    });
    return { flowId: r.flow_id, didNo: r.did_no, flowName: record.name };
  },
  after: (input) => revalidatePath(clientPath(input.client_id), 'layout'),
  successMessage: (d) => `${d.didNo} now runs “${d.flowName}”.`,
});
