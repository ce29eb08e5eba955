import 'server-only';
import { cache } from 'react';
import { getBots } from '@/lib/bots/queries';
import { getDb } from '@/lib/db';
import { isPartnerApiError } from '@/lib/partner-api';
import { agentsAvailability, clientDids } from '@/lib/partner-api/reads';
import type { FlowOptions } from './definition';
import { type FlowRecord, findFlowRecord, listFlowRecords, listFlowVersions } from './registry';

export type AgentInfo = {
  agentId: string;
  extension: string;
  name: string;
  active: boolean;
  available: boolean;
  onCall: boolean;
};

export const getAgentsInfo = cache(async (clientId: string): Promise<AgentInfo[]> => {
  const rows = await agentsAvailability(clientId).catch((e: unknown) => {
    if (isPartnerApiError(e) && e.status === 404) return [];
    throw e;
  });
  return rows
    .filter((a) => a.extension)
    .map((a) => ({
      agentId: a.agent_id,
      extension: String(a.extension),
      name: a.name,
      active: a.status !== '0',
      available: a.available === '1',
      onCall: a.on_call === '1',
    }));
});

export const getClientDids = cache(async (clientId: string) => {
  const rows = await clientDids(clientId);
  return rows.map((d) => ({ didId: d.did_id, number: d.number, flowId: d.flow_id ? String(d.flow_id) : null }));
});

/** What the builder's pickers offer: the client's numbers, agents and bots. */
export const getFlowOptions = cache(async (clientId: string): Promise<FlowOptions> => {
  const [dids, agents, bots] = await Promise.all([getClientDids(clientId), getAgentsInfo(clientId), getBots(clientId)]);
  return {
    dids,
    agents: agents.map((a) => ({ extension: a.extension, name: a.name, active: a.active })),
    bots: bots.map((b) => ({ id: b.id, name: b.name, wssUrl: b.wssUrl, apiUrl: b.apiUrl })),
  };
});

export type FlowListItem = FlowRecord & { runsOn: { didId: string; number: string }[] };

/** The registry's flows with the DIDs each answers today (upstream's client_dids is the truth). */
export const getClientFlows = cache(async (clientId: string): Promise<FlowListItem[]> => {
  const [records, dids] = await Promise.all([listFlowRecords(await getDb(), clientId), getClientDids(clientId)]);
  return records.map((r) => ({
    ...r,
    runsOn: dids.filter((d) => d.flowId === r.flowId).map((d) => ({ didId: d.didId, number: d.number })),
  }));
});

export const getFlow = cache(async (clientId: string, flowId: string) => {
  const db = await getDb();
  const record = await findFlowRecord(db, clientId, flowId);
  if (!record) return null;
  const [versions, dids] = await Promise.all([listFlowVersions(db, clientId, flowId), getClientDids(clientId)]);
  return { ...record, versions, runsOn: dids.filter((d) => d.flowId === flowId) };
});

/** Flow names by id, for showing which flow a number runs (numbers table, map dialog). */
export const getFlowNames = cache(async (clientId: string): Promise<Record<string, string>> => {
  const records = await listFlowRecords(await getDb(), clientId);
  return Object.fromEntries(records.map((r) => [r.flowId, r.name]));
});

/** Bot id → names of the registry's flows that send calls to it (delete warnings, bot list). */
export const getBotUsage = cache(async (clientId: string): Promise<Record<string, string[]>> => {
  const out: Record<string, string[]> = {};
  for (const f of await listFlowRecords(await getDb(), clientId)) {
    if (f.definition.target === 'bot' && f.definition.botId) {
      out[f.definition.botId] = [...(out[f.definition.botId] ?? []), f.name];
    }
  }
  return out;
});
