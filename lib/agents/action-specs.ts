import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { ClientActionSpec } from '@/lib/action-core';
import { partnerApi } from '@/lib/partner-api';
import { conflictAsFieldErrors } from './conflict';
import {
  type AgentFields,
  addAgentSchema,
  agentRefSchema,
  agentScheduleSchema,
  availabilitySchema,
  changeDidSchema,
  editAgentSchema,
} from './schemas';

/**
 * The agents actions' specs, apart from the 'use server' module (actions.ts) so each one's
 * authorization is unit-tested through the real pipeline (action-auth.test.ts).
 * Results never carry the password: only ids, names and messages go back to the browser.
 */
const spec = <S extends z.ZodType, T>(s: ClientActionSpec<S, T>) => s;

export const agentsPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/agents`;
const revalidateAgents = (clientId: string) => {
  revalidatePath(agentsPath(clientId), 'layout');
  revalidatePath('/account/agents', 'layout');
};

/** Only the fields given: left-out optional fields keep their upstream values on edit. */
function upstreamFields(i: AgentFields) {
  return {
    name: i.name,
    email: i.email,
    phonenumber: i.phonenumber,
    password: i.password,
    extension: i.extension,
    reporting_manager: i.reporting_manager,
    manager: i.manager,
    is_webrtc: i.is_webrtc,
    dial_preference: i.dial_preference,
    did_num: i.did_num,
    permission_group: i.permission_group,
  };
}

export const addAgentSpec = spec({
  name: 'agents.add',
  permission: 'agents:write',
  schema: addAgentSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const r = await partnerApi()
      .call('add_agent', { client_id: input.client_id, ...upstreamFields(input) })
      .catch(conflictAsFieldErrors);
    return { agentId: r.agent_id, extension: r.extension, name: input.name };
  },
  after: (input) => revalidateAgents(input.client_id),
  successMessage: (d) => `${d.name} was added with extension ${d.extension}.`,
});

export const editAgentSpec = spec({
  name: 'agents.edit',
  permission: 'agents:write',
  schema: editAgentSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const r = await partnerApi()
      .call('edit_agent', { client_id: input.client_id, agent_id: input.agent_id, ...upstreamFields(input) })
      .catch(conflictAsFieldErrors);
    return { agentId: r.agent_id, name: input.name };
  },
  after: (input) => revalidateAgents(input.client_id),
  successMessage: (d) => `${d.name} was updated.`,
});

export const deactivateAgentSpec = spec({
  name: 'agents.deactivate',
  permission: 'agents:write',
  schema: agentRefSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const r = await partnerApi().call('delete_agent', { client_id: input.client_id, agent_id: input.agent_id });
    return { agentId: r.agent_id };
  },
  after: (input) => revalidateAgents(input.client_id),
  successMessage: 'The agent was deactivated.',
});

export const changeAgentDidSpec = spec({
  name: 'agents.change-did',
  permission: 'agents:write',
  schema: changeDidSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const r = await partnerApi().call('update_agent_did', input);
    return { extension: r.agent_ext, didNum: r.did_num };
  },
  after: (input) => {
    revalidateAgents(input.client_id);
    revalidatePath(`/clients/${encodeURIComponent(input.client_id)}/numbers`, 'layout');
  },
  successMessage: (d) => `Extension ${d.extension} now calls out as ${d.didNum}.`,
});

export const setAvailabilitySpec = spec({
  name: 'agents.set-availability',
  permission: 'agents:write',
  schema: availabilitySchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const r = await partnerApi().call('update_agent_availability', {
      client_id: input.client_id,
      agent_id: input.agent_id,
      available: input.available ? '1' : '0',
    });
    return { agentId: r.agent_id, available: r.available === '1' };
  },
  // No revalidation: the switch is optimistic and the wallboard polls.
  successMessage: (d) => (d.available ? 'Now available.' : 'Now unavailable.'),
});

export const saveAgentScheduleSpec = spec({
  name: 'agents.set-schedule',
  permission: 'agents:write',
  schema: agentScheduleSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const r = await partnerApi().call('set_agent_schedule', {
      client_id: input.client_id,
      agent_id: input.agent_id,
      timezone: input.timezone,
      working_hours: input.working_hours,
    });
    return { agentId: r.agent_id };
  },
  after: (input) => revalidatePath(`${agentsPath(input.client_id)}/${encodeURIComponent(input.agent_id)}`),
  successMessage: 'Schedule saved.',
});

export { previewImportSpec, runImportSpec } from './import-specs';
