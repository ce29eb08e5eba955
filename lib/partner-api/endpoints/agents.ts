import { z } from 'zod';
import { emailSchema, indianMobileSchema, timezoneSchema, workingHoursSchema } from '@/lib/validation';
import {
  agentScheduleOut,
  anyId,
  didNumberSchema,
  endpoint,
  extensionSchema,
  flagOut,
  flagSchema,
  idSchema,
  optStr,
  passwordSchema,
  textSchema,
} from './common';

const P = '/partnerclients';
const AGENTS = 'Agents';
const AVAILABILITY = 'Agent Scheduling & Availability';

// Optional agent settings shared by add and edit; the reference sends them as "1"/"2" strings.
const agentOptions = {
  extension: extensionSchema.optional(),
  reporting_manager: idSchema.optional(),
  manager: flagSchema.optional(),
  is_webrtc: flagSchema.optional(),
  dial_preference: idSchema.optional(),
  did_num: didNumberSchema.optional(),
  permission_group: idSchema.optional(),
};

const agentFields = {
  client_id: idSchema,
  name: textSchema(100),
  email: emailSchema,
  phonenumber: indianMobileSchema,
  password: passwordSchema,
  ...agentOptions,
};

export const agentsEndpoints = {
  add_agent: endpoint({
    name: 'add_agent',
    group: AGENTS,
    method: 'POST',
    path: `${P}/add_agent`,
    readOnly: false,
    request: z.object(agentFields),
    response: z.looseObject({ agent_id: anyId, extension: anyId }),
  }),
  edit_agent: endpoint({
    name: 'edit_agent',
    group: AGENTS,
    method: 'POST',
    path: `${P}/edit_agent`,
    readOnly: false,
    // The reference lists password as required on edit too: the form must ask for it.
    request: z.object({ ...agentFields, agent_id: idSchema }),
    response: z.looseObject({ agent_id: anyId }),
  }),
  delete_agent: endpoint({
    name: 'delete_agent',
    group: AGENTS,
    method: 'POST',
    path: `${P}/delete_agent`,
    readOnly: false,
    request: z.object({ client_id: idSchema, agent_id: idSchema }),
    response: z.looseObject({ agent_id: anyId, status: anyId }),
  }),
  update_agent_did: endpoint({
    name: 'update_agent_did',
    group: AGENTS,
    method: 'POST',
    path: `${P}/update_agent_did`,
    readOnly: false,
    request: z.object({ client_id: idSchema, agent_ext: extensionSchema, did_num: didNumberSchema }),
    response: z.looseObject({ agent_ext: anyId, did_num: z.string() }),
  }),
  get_agent_schedule: endpoint({
    name: 'get_agent_schedule',
    group: AVAILABILITY,
    method: 'POST',
    path: `${P}/get_agent_schedule`,
    readOnly: true,
    request: z.object({ client_id: idSchema, agent_id: idSchema }),
    response: agentScheduleOut,
  }),
  set_agent_schedule: endpoint({
    name: 'set_agent_schedule',
    group: AVAILABILITY,
    method: 'POST',
    path: `${P}/set_agent_schedule`,
    readOnly: false,
    request: z.object({
      client_id: idSchema,
      agent_id: idSchema,
      timezone: timezoneSchema,
      working_hours: workingHoursSchema.optional(),
    }),
    response: agentScheduleOut,
  }),
  update_agent_availability: endpoint({
    name: 'update_agent_availability',
    group: AVAILABILITY,
    method: 'POST',
    path: `${P}/update_agent_availability`,
    readOnly: false,
    request: z.object({ client_id: idSchema, agent_id: idSchema, available: flagSchema }),
    response: z.looseObject({ agent_id: anyId, available: flagOut }),
  }),
  get_agents_availability: endpoint({
    name: 'get_agents_availability',
    group: AVAILABILITY,
    method: 'POST',
    path: `${P}/get_agents_availability`,
    readOnly: true,
    request: z.object({ client_id: idSchema }),
    // The only listing of agents upstream.
    response: z.array(
      z.looseObject({
        agent_id: anyId,
        name: z.string(),
        email: optStr,
        phonenumber: optStr,
        extension: anyId.nullish(),
        did_num: optStr,
        status: anyId.optional(),
        available: flagOut.optional(),
        on_call: flagOut.optional(),
      }),
    ),
  }),
};
