import { z } from 'zod';
import { requireClient } from '@/lib/sandbox/clients-store';
import { type Handler, type SandboxContext, SandboxError } from '@/lib/sandbox/core';
import { nextId } from '@/lib/sandbox/ids';
import {
  clientIdField,
  extensionRule,
  fieldError,
  idField,
  type OwnedDid,
  optionalText,
  parseBody,
  primaryDid,
  requireAgentExt,
  requiredText,
  requireOwnedDid,
} from './ops-common';

/**
 * Basic call flows. Upstream has no list endpoint: the portal keeps its own flow registry,
 * so these only create, edit and map. A flow answers on one DID at a time: mapping it to a
 * DID moves it there, and the DID row's flow_id (core's table) follows.
 */

/** For edit: "" clears an optional link (bot, transfer target, recording); absent keeps it. */
const clearable = (label: string) =>
  z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === null ? '' : String(v).trim()))
    .pipe(
      z
        .string()
        .max(64, { error: `${label} is too long` })
        .optional(),
    );

const createSchema = z.object({
  client_id: clientIdField,
  flow_name: requiredText('Flow name', 100),
  agent_ext: requiredText('agent_ext', 6).pipe(extensionRule),
  did_no: optionalText('did_no', 20),
  recording_id: optionalText('recording_id', 64),
});

const editSchema = z.object({
  client_id: clientIdField,
  flow_id: idField('flow_id'),
  flow_name: optionalText('Flow name', 100),
  recording_id: clearable('recording_id'),
  transfer_to: clearable('transfer_to'),
  agent_ext: optionalText('agent_ext', 6).pipe(extensionRule.optional()),
  wss_bot_id: clearable('wss_bot_id'),
});

export async function requireFlow(ctx: SandboxContext, clientId: string, flowId: string) {
  const row = await ctx.db
    .selectFrom('sbx_flows')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('id', '=', flowId)
    .executeTakeFirst();
  if (!row) throw new SandboxError(404, `Flow ${flowId} not found for client ${clientId}`);
  return row;
}

/** Points `did` at the flow; releases the flow's other DID and the DID's previous flow. */
async function attachFlow(ctx: SandboxContext, clientId: string, flowId: string, did: OwnedDid): Promise<void> {
  await ctx.db
    .updateTable('sbx_flows')
    .set({ did_no: null })
    .where('client_id', '=', clientId)
    .where('did_no', '=', did.number)
    .where('id', '!=', flowId)
    .execute();
  await ctx.db
    .updateTable('sbx_dids')
    .set({ flow_id: null })
    .where('client_id', '=', clientId)
    .where('flow_id', '=', flowId)
    .where('number', '!=', did.number)
    .execute();
  await ctx.db.updateTable('sbx_dids').set({ flow_id: flowId }).where('number', '=', did.number).execute();
}

const createBasicFlow: Handler = async (ctx, body) => {
  const input = parseBody(createSchema, body);
  await requireClient(ctx, input.client_id);
  await requireAgentExt(ctx, input.client_id, input.agent_ext, 'agent_ext');
  // did_no "defaults to client's primary DID" (reference); a client with no DID gets an unmapped flow.
  const did = input.did_no
    ? await requireOwnedDid(ctx, input.client_id, input.did_no, 'did_no')
    : await primaryDid(ctx, input.client_id);
  const id = await nextId(ctx, 'flow');
  const now = ctx.now().toISOString();
  await ctx.db
    .insertInto('sbx_flows')
    .values({
      id,
      client_id: input.client_id,
      flow_name: input.flow_name,
      agent_ext: input.agent_ext,
      did_no: did?.number ?? null,
      recording_id: input.recording_id ?? null,
      transfer_to: null,
      wss_bot_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  if (did) await attachFlow(ctx, input.client_id, id, did);
  return { message: 'Flow created', data: { flow_id: id } };
};

const editBasicFlow: Handler = async (ctx, body) => {
  const input = parseBody(editSchema, body);
  await requireClient(ctx, input.client_id);
  const flow = await requireFlow(ctx, input.client_id, input.flow_id);
  if (input.agent_ext) await requireAgentExt(ctx, input.client_id, input.agent_ext, 'agent_ext');
  if (input.transfer_to) {
    if (!/^\d{2,8}$/.test(input.transfer_to)) throw fieldError('transfer_to', 'transfer_to must be an agent extension');
    await requireAgentExt(ctx, input.client_id, input.transfer_to, 'transfer_to');
  }
  if (input.wss_bot_id) {
    const bot = await ctx.db
      .selectFrom('sbx_bots')
      .select('id')
      .where('client_id', '=', input.client_id)
      .where('id', '=', input.wss_bot_id)
      .executeTakeFirst();
    if (!bot) throw fieldError('wss_bot_id', `No bot ${input.wss_bot_id} for this client`);
  }
  const orNull = (v: string | undefined, current: string | null) => (v === undefined ? current : v === '' ? null : v);
  await ctx.db
    .updateTable('sbx_flows')
    .set({
      flow_name: input.flow_name ?? flow.flow_name,
      agent_ext: input.agent_ext ?? flow.agent_ext,
      recording_id: orNull(input.recording_id, flow.recording_id),
      transfer_to: orNull(input.transfer_to, flow.transfer_to),
      wss_bot_id: orNull(input.wss_bot_id, flow.wss_bot_id),
      updated_at: ctx.now().toISOString(),
    })
    .where('id', '=', flow.id)
    .execute();
  return { message: 'Flow updated', data: { flow_id: flow.id } };
};

const mapFlowDid: Handler = async (ctx, body) => {
  const input = parseBody(
    z.object({ client_id: clientIdField, flow_id: idField('flow_id'), did_no: requiredText('did_no', 20) }),
    body,
  );
  await requireClient(ctx, input.client_id);
  const flow = await requireFlow(ctx, input.client_id, input.flow_id);
  const did = await requireOwnedDid(ctx, input.client_id, input.did_no, 'did_no');
  await ctx.db
    .updateTable('sbx_flows')
    .set({ did_no: did.number, updated_at: ctx.now().toISOString() })
    .where('id', '=', flow.id)
    .execute();
  await attachFlow(ctx, input.client_id, flow.id, did);
  return { message: 'Flow mapped to DID', data: { flow_id: flow.id, did_no: did.number } };
};

export const handlers: Record<string, Handler> = {
  create_basic_flow: createBasicFlow,
  edit_basic_flow: editBasicFlow,
  map_flow_did: mapFlowDid,
};
