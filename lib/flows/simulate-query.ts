import 'server-only';
import { getBots } from '@/lib/bots/queries';
import { getDb } from '@/lib/db';
import { getDidSchedule } from '@/lib/numbers/queries';
import { partnerApi } from '@/lib/partner-api';
import { zonedInstant } from '@/lib/schedule/open-at';
import { isValidIsoDate } from '@/lib/validation';
import { getAgentsInfo, getClientDids } from './queries';
import { findFlowRecord } from './registry';
import { type SimAgent, type SimResult, simulateCall } from './simulate';

export type SimulationView = { result: SimResult; timezone: string; date: string; time: string; isNow: boolean };

/** Reads everything the simulator needs for one DID and runs it for the picked wall time. */
export async function runSimulation(
  clientId: string,
  didId: string,
  picked: { date?: string; time?: string },
): Promise<SimulationView | null> {
  const [dids, schedule] = await Promise.all([
    getClientDids(clientId),
    getDidSchedule(clientId, didId).catch(() => null),
  ]);
  const did = dids.find((d) => d.didId === didId);
  if (!did || !schedule) return null;
  const tz = schedule.timezone || 'UTC';
  const validPick =
    picked.date && isValidIsoDate(picked.date) && picked.time && /^([01]\d|2[0-3]):[0-5]\d$/.test(picked.time);
  const at = validPick ? zonedInstant(picked.date as string, picked.time as string, tz) : new Date();
  const isNow = Math.abs(at.getTime() - Date.now()) < 10 * 60_000;
  const record = did.flowId ? await findFlowRecord(await getDb(), clientId, did.flowId) : null;
  const [agents, bots] = await Promise.all([getAgentsInfo(clientId), getBots(clientId)]);
  const def = record?.definition;
  const relevant = new Set([def?.agentExt, def?.transferTo].filter(Boolean));
  const simAgents: SimAgent[] = await Promise.all(
    agents.map(async (a) => ({
      ...a,
      schedule: relevant.has(a.extension)
        ? await partnerApi()
            .call('get_agent_schedule', { client_id: clientId, agent_id: a.agentId })
            .then((s) => ({ timezone: s.timezone, working_hours: s.working_hours ?? {} }))
            // No schedule set (404) means the agent's availability alone decides.
            .catch(() => null)
        : null,
    })),
  );
  const result = simulateCall({
    at,
    isNow,
    didNumber: did.number,
    didSchedule: { timezone: tz, working_hours: schedule.working_hours },
    holidays: schedule.holidays,
    flow: did.flowId ? { id: did.flowId, name: record?.name ?? `Flow ${did.flowId}`, definition: def ?? null } : null,
    agents: simAgents,
    bots: bots.map((b) => ({ id: b.id, name: b.name, wssUrl: b.wssUrl })),
  });
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return {
    result,
    timezone: tz,
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
    isNow,
  };
}
