import { z } from 'zod';
import { requireClient } from '@/lib/sandbox/clients-store';
import type { Handler } from '@/lib/sandbox/core';
import { getSchedule, setSchedule } from '@/lib/sandbox/schedules';
import { requireAgent } from './agents';
import { liveAgentExtensions } from './masking-lifecycle';
import { clientIdField, flag01, idField, parseBody } from './ops-common';

const agentRef = z.object({ client_id: clientIdField, agent_id: idField('agent_id') });

const getAgentSchedule: Handler = async (ctx, body) => {
  const input = parseBody(agentRef, body);
  await requireClient(ctx, input.client_id);
  const agent = await requireAgent(ctx, input.client_id, input.agent_id);
  const schedule = await getSchedule(ctx, 'agent', input.client_id, agent.id);
  return { message: 'Agent schedule', data: { agent_id: agent.id, ...schedule } };
};

const setAgentSchedule: Handler = async (ctx, body) => {
  // timezone and working_hours are validated (with field errors) by the shared schedule store.
  const input = parseBody(agentRef.loose(), body);
  await requireClient(ctx, input.client_id);
  const agent = await requireAgent(ctx, input.client_id, input.agent_id);
  const schedule = await setSchedule(ctx, 'agent', input.client_id, agent.id, body.timezone, body.working_hours);
  return { message: 'Agent schedule saved', data: { agent_id: agent.id, ...schedule } };
};

const updateAgentAvailability: Handler = async (ctx, body) => {
  const input = parseBody(agentRef.extend({ available: flag01('available') }), body);
  await requireClient(ctx, input.client_id);
  const agent = await requireAgent(ctx, input.client_id, input.agent_id);
  await ctx.db
    .updateTable('sbx_agents')
    .set({ available: input.available === '1' ? 1 : 0, updated_at: ctx.now().toISOString() })
    .where('id', '=', agent.id)
    .execute();
  return { message: 'Availability updated', data: { agent_id: agent.id, available: input.available } };
};

/** The only listing of agents upstream: active agents with their live state. */
const getAgentsAvailability: Handler = async (ctx, body) => {
  const input = parseBody(z.object({ client_id: clientIdField }), body);
  await requireClient(ctx, input.client_id);
  const rows = await ctx.db
    .selectFrom('sbx_agents')
    .select(['id', 'name', 'email', 'phonenumber', 'extension', 'did_num', 'status', 'available', 'on_call'])
    .where('client_id', '=', input.client_id)
    .where('status', '=', '1')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  // "On call" follows the masking sessions bridged through the agent's extension right now.
  const busy = await liveAgentExtensions(ctx, input.client_id);
  const data = rows.map((a) => ({
    agent_id: a.id,
    name: a.name,
    email: a.email,
    phonenumber: a.phonenumber,
    extension: a.extension,
    did_num: a.did_num,
    status: a.status,
    available: String(a.available),
    on_call: a.on_call || busy.has(a.extension) ? '1' : '0',
  }));
  return { message: 'Agents availability', data };
};

export const handlers: Record<string, Handler> = {
  get_agent_schedule: getAgentSchedule,
  set_agent_schedule: setAgentSchedule,
  update_agent_availability: updateAgentAvailability,
  get_agents_availability: getAgentsAvailability,
};
