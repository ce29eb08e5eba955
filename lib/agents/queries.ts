import 'server-only';
import { cache } from 'react';
import { getClientFlows } from '@/lib/flows/queries';
import { log } from '@/lib/log';
import { isPartnerApiError, partnerApi } from '@/lib/partner-api';
import { agentsAvailability, clientDids } from '@/lib/partner-api/reads';
import { cleanWorkingHours, type ScheduleValue } from '@/lib/schedule/form';
import { coverageWarnings, type RoutedDid } from './coverage';
import { type Agent, countAgents } from './list';
import type { Wallboard } from './live-types';

export type { Agent } from './list';
export type { Wallboard } from './live-types';

/** A client's number as the agent screens need it: picker for caller id, dependents, coverage. */
export type AgentDid = { didId: string; number: string; agentExt: string | null; flowId: string | null };

/** A client without agents may answer 404 upstream: that is an empty team, not an error. */
async function emptyOn404<T>(p: Promise<T[]>): Promise<T[]> {
  try {
    return await p;
  } catch (e) {
    if (isPartnerApiError(e) && e.status === 404) return [];
    throw e;
  }
}

/** Shared with the numbers list and flow builder in one render; a poll (the wallboard) is its own request and reads fresh. */
export async function fetchAgents(clientId: string): Promise<Agent[]> {
  const rows = await emptyOn404(agentsAvailability(clientId));
  return rows.map((a) => ({
    id: a.agent_id,
    name: a.name,
    email: a.email ?? null,
    phone: a.phonenumber ?? null,
    extension: a.extension ?? null,
    didNum: a.did_num ?? null,
    // The listing shows active agents; an upstream that also lists deactivated ones says "0".
    active: a.status === undefined || a.status !== '0',
    available: a.available === '1',
    onCall: a.on_call === '1',
  }));
}

export const listAgents = cache(fetchAgents);

export const listAgentDids = cache(async (clientId: string): Promise<AgentDid[]> => {
  const rows = await emptyOn404(clientDids(clientId));
  return rows.map((d) => ({
    didId: d.did_id,
    number: d.number,
    agentExt: d.agent_ext ?? null,
    flowId: d.flow_id ?? null,
  }));
});

export const getAgentSchedule = cache(async (clientId: string, agentId: string): Promise<ScheduleValue> => {
  const s = await partnerApi().call('get_agent_schedule', { client_id: clientId, agent_id: agentId });
  return { timezone: s.timezone, working_hours: cleanWorkingHours(s.working_hours) };
});

/** A flow of the portal's registry that sends calls to an agent (as target or fallback). */
export type AgentFlow = { flowId: string; name: string; agentExt: string; fallbackExt: string; numbers: string[] };

/**
 * The registry's flows (there is no upstream listing). Best-effort: agents pages must not
 * fail because the registry could not be read, they just name fewer dependents.
 */
export const listAgentFlows = cache(async (clientId: string): Promise<AgentFlow[]> => {
  try {
    const flows = await getClientFlows(clientId);
    return flows.map((f) => ({
      flowId: f.flowId,
      name: f.name,
      agentExt: f.definition.target === 'agent' ? f.definition.agentExt : '',
      fallbackExt: f.definition.transferTo,
      numbers: f.runsOn.map((d) => d.number),
    }));
  } catch (err) {
    log.warn({ err, clientId }, 'flow registry unreadable for agents');
    return [];
  }
});

/**
 * One client's live board. The agent listing must succeed (else the caller shows "stale");
 * schedules for coverage are best-effort: a failed read marks that number unknown.
 */
export async function fetchWallboard(clientId: string, now = new Date()): Promise<Wallboard> {
  const api = partnerApi();
  const [agents, dids, flows] = await Promise.all([
    fetchAgents(clientId),
    listAgentDids(clientId).catch(() => []),
    listAgentFlows(clientId),
  ]);
  // A number rings an agent directly (client_dids.agent_ext) or through its flow's agent.
  const routed = dids
    .map((d) => ({ ...d, agentExt: d.agentExt || flows.find((f) => f.flowId === d.flowId)?.agentExt || null }))
    .filter((d) => d.agentExt);
  const unknown: string[] = [];
  const routedDids: RoutedDid[] = await Promise.all(
    routed.map(async (d) => {
      try {
        const s = await api.call('get_did_schedule', { client_id: clientId, did_id: d.didId });
        return { number: d.number, agentExt: d.agentExt!, schedule: s, holidays: s.holidays };
      } catch {
        unknown.push(d.number);
        return { number: d.number, agentExt: d.agentExt!, schedule: null, holidays: [] };
      }
    }),
  );
  const routedAgents = agents.filter((a) => a.extension && routed.some((d) => d.agentExt === a.extension));
  const schedules = new Map(
    await Promise.all(
      routedAgents.map(async (a) => [a.id, await getAgentSchedule(clientId, a.id).catch(() => null)] as const),
    ),
  );
  return {
    clientId,
    fetchedAt: now.toISOString(),
    counts: countAgents(agents),
    agents: agents
      .filter((a) => a.active)
      .map(({ id, name, extension, available, onCall }) => ({ id, name, extension, available, onCall })),
    coverage: coverageWarnings(routedDids, agents, schedules, now),
    coverageUnknown: unknown,
  };
}
