import { z } from 'zod';
import { requireClient } from '@/lib/sandbox/clients-store';
import { type Handler, type SandboxContext, SandboxError } from '@/lib/sandbox/core';
import { nextId } from '@/lib/sandbox/ids';
import { clearOwner } from '@/lib/sandbox/schedules';
import { emailSchema, indianMobileSchema } from '@/lib/validation';
import {
  clientIdField,
  extensionField,
  extensionRule,
  flagRule,
  hashPassword,
  idField,
  isUniqueViolation,
  optionalText,
  parseBody,
  requiredText,
  requireOwnedDid,
} from './ops-common';

/** Extensions are handed out from 2101 upwards when add_agent omits one (reference example). */
const FIRST_EXTENSION = 2101;

const agentFields = {
  client_id: clientIdField,
  name: requiredText('Name', 100),
  email: emailSchema,
  phonenumber: indianMobileSchema,
  password: z
    .string({ error: 'Password is required' })
    .min(8, { error: 'Password must be at least 8 characters' })
    .max(128, { error: 'Password is too long' }),
  extension: optionalText('Extension').pipe(extensionRule.optional()),
  reporting_manager: optionalText('Reporting manager', 64),
  manager: optionalText('Manager', 64),
  is_webrtc: optionalText('is_webrtc').pipe(flagRule('is_webrtc').optional()),
  dial_preference: optionalText('Dial preference', 32),
  did_num: optionalText('DID', 20),
  permission_group: optionalText('Permission group', 64),
};
const addSchema = z.object(agentFields);
const editSchema = z.object({ ...agentFields, agent_id: idField('agent_id') });

/** An active (not soft-deleted) agent of the client, or 404. */
export async function requireAgent(ctx: SandboxContext, clientId: string, agentId: string) {
  const row = await ctx.db
    .selectFrom('sbx_agents')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('id', '=', agentId)
    .where('status', '=', '1')
    .executeTakeFirst();
  if (!row) throw new SandboxError(404, `Agent ${agentId} not found for client ${clientId}`);
  return row;
}

/** Active agents of a client: core's client/{id} shows it as agents_count. */
export async function countAgents(ctx: Pick<SandboxContext, 'db'>, clientId: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('sbx_agents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('client_id', '=', clientId)
    .where('status', '=', '1')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function assertUnique(ctx: SandboxContext, clientId: string, ext: string, email: string, selfId?: string) {
  const clash = await ctx.db
    .selectFrom('sbx_agents')
    .select(['id', 'extension', 'email'])
    .where('client_id', '=', clientId)
    .where('status', '=', '1')
    .where((eb) => eb.or([eb('extension', '=', ext), eb('email', '=', email)]))
    .where('id', '!=', selfId ?? '')
    .execute();
  const errors: Record<string, string[]> = {};
  if (clash.some((a) => a.extension === ext)) errors.extension = [`Extension ${ext} is already in use`];
  if (clash.some((a) => a.email === email)) errors.email = [`${email} is already an agent of this client`];
  if (Object.keys(errors).length) {
    throw new SandboxError(409, Object.values(errors)[0][0], errors);
  }
}

/** Next free extension: above every extension the client ever used, so old call logs stay unambiguous. */
async function nextExtension(ctx: SandboxContext, clientId: string): Promise<string> {
  const rows = await ctx.db.selectFrom('sbx_agents').select('extension').where('client_id', '=', clientId).execute();
  const used = rows.map((r) => Number(r.extension)).filter((n) => Number.isInteger(n));
  return String(Math.max(FIRST_EXTENSION - 1, ...used) + 1);
}

/** A concurrent add that slipped past the check trips the partial unique index: still a 409. */
async function conflictSafe<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isUniqueViolation(err)) throw new SandboxError(409, 'Extension or email is already in use');
    throw err;
  }
}

const addAgent: Handler = async (ctx, body) => {
  const input = parseBody(addSchema, body);
  await requireClient(ctx, input.client_id);
  const did = input.did_num ? await requireOwnedDid(ctx, input.client_id, input.did_num, 'did_num') : undefined;
  const extension = input.extension ?? (await nextExtension(ctx, input.client_id));
  await assertUnique(ctx, input.client_id, extension, input.email);
  const id = await nextId(ctx, 'agent');
  const now = ctx.now().toISOString();
  await conflictSafe(async () =>
    ctx.db
      .insertInto('sbx_agents')
      .values({
        id,
        client_id: input.client_id,
        name: input.name,
        email: input.email,
        phonenumber: input.phonenumber,
        extension,
        password_hash: await hashPassword(input.password),
        reporting_manager: input.reporting_manager ?? null,
        manager: input.manager ?? null,
        is_webrtc: input.is_webrtc ?? null,
        dial_preference: input.dial_preference ?? null,
        did_num: did?.number ?? null,
        permission_group: input.permission_group ?? null,
        status: '1',
        available: 0,
        on_call: 0,
        created_at: now,
        updated_at: now,
      })
      .execute(),
  );
  return { message: 'Agent added', data: { agent_id: id, extension } };
};

const editAgent: Handler = async (ctx, body) => {
  const input = parseBody(editSchema, body);
  await requireClient(ctx, input.client_id);
  const agent = await requireAgent(ctx, input.client_id, input.agent_id);
  const did = input.did_num ? await requireOwnedDid(ctx, input.client_id, input.did_num, 'did_num') : undefined;
  const extension = input.extension ?? agent.extension;
  await assertUnique(ctx, input.client_id, extension, input.email, agent.id);
  const passwordHash = await hashPassword(input.password);
  await conflictSafe(() =>
    ctx.db
      .updateTable('sbx_agents')
      .set({
        name: input.name,
        email: input.email,
        phonenumber: input.phonenumber,
        extension,
        password_hash: passwordHash,
        // Optional fields left out keep their values: edit is not a reset.
        reporting_manager: input.reporting_manager ?? agent.reporting_manager,
        manager: input.manager ?? agent.manager,
        is_webrtc: input.is_webrtc ?? agent.is_webrtc,
        dial_preference: input.dial_preference ?? agent.dial_preference,
        did_num: did?.number ?? agent.did_num,
        permission_group: input.permission_group ?? agent.permission_group,
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', agent.id)
      .execute(),
  );
  return { message: 'Agent updated', data: { agent_id: agent.id } };
};

const deleteAgent: Handler = async (ctx, body) => {
  const input = parseBody(z.object({ client_id: clientIdField, agent_id: idField('agent_id') }), body);
  await requireClient(ctx, input.client_id);
  const agent = await requireAgent(ctx, input.client_id, input.agent_id);
  // Soft delete, as upstream: the row stays for history but no longer lists or counts.
  await ctx.db
    .updateTable('sbx_agents')
    .set({ status: '0', available: 0, on_call: 0, updated_at: ctx.now().toISOString() })
    .where('id', '=', agent.id)
    .execute();
  await clearOwner(ctx, 'agent', input.client_id, agent.id);
  // A DID routed to this extension would ring nobody; unroute it (core's column).
  await ctx.db
    .updateTable('sbx_dids')
    .set({ agent_ext: null })
    .where('client_id', '=', input.client_id)
    .where('agent_ext', '=', agent.extension)
    .execute();
  return { message: 'Agent deleted', data: { agent_id: agent.id, status: '0' } };
};

const updateAgentDid: Handler = async (ctx, body) => {
  const input = parseBody(
    z.object({ client_id: clientIdField, agent_ext: extensionField, did_num: requiredText('DID', 20) }),
    body,
  );
  await requireClient(ctx, input.client_id);
  const agent = await ctx.db
    .selectFrom('sbx_agents')
    .select(['id', 'extension'])
    .where('client_id', '=', input.client_id)
    .where('extension', '=', input.agent_ext)
    .where('status', '=', '1')
    .executeTakeFirst();
  if (!agent) throw new SandboxError(404, `No agent with extension ${input.agent_ext} for client ${input.client_id}`);
  const did = await requireOwnedDid(ctx, input.client_id, input.did_num, 'did_num');
  const now = ctx.now().toISOString();
  await ctx.db
    .updateTable('sbx_agents')
    .set({ did_num: did.number, updated_at: now })
    .where('id', '=', agent.id)
    .execute();
  // client_dids shows which extension a DID rings: keep core's row in step.
  await ctx.db.updateTable('sbx_dids').set({ agent_ext: agent.extension }).where('number', '=', did.number).execute();
  return { message: 'Agent DID updated', data: { agent_ext: agent.extension, did_num: did.number } };
};

export const handlers: Record<string, Handler> = {
  add_agent: addAgent,
  edit_agent: editAgent,
  delete_agent: deleteAgent,
  update_agent_did: updateAgentDid,
};
