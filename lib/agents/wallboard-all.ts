import 'server-only';
import { listAllMatchingClients } from '@/lib/clients/queries';
import { DEFAULT_PARAMS } from '@/lib/clients/schemas';
import { mapLimit } from './import-plan';
import { countAgents } from './list';
import type { AllClientsWallboard, ClientSummary } from './live-types';
import { fetchAgents } from './queries';

const CONCURRENCY = 6;
const REUSE_MS = 4_000;
let last: { at: number; value: Promise<AllClientsWallboard> } | null = null;

/**
 * Every active client's counts. There is no cross-client listing upstream, so this is one
 * get_agents_availability per client, bounded in flight; several staff screens polling at
 * once share one round for a few seconds (per process: a summary, not a source of truth).
 */
export function allClientsWallboard(now = Date.now()): Promise<AllClientsWallboard> {
  if (last && now - last.at < REUSE_MS) return last.value;
  const value = load(now).catch((e) => {
    last = null;
    throw e;
  });
  last = { at: now, value };
  return value;
}

async function load(now: number): Promise<AllClientsWallboard> {
  const clients = await listAllMatchingClients({ ...DEFAULT_PARAMS, status: 'active' });
  const results = await mapLimit(clients, CONCURRENCY, async (c) => {
    try {
      return { client: c, counts: countAgents(await fetchAgents(c.id)), ok: true as const };
    } catch {
      return { client: c, ok: false as const };
    }
  });
  const withAgents: ClientSummary[] = [];
  const failed: AllClientsWallboard['failed'] = [];
  let empty = 0;
  for (const r of results) {
    if (!r.ok) failed.push({ clientId: r.client.id, name: r.client.name });
    else if (r.counts.total === 0) empty++;
    else withAgents.push({ clientId: r.client.id, name: r.client.name, counts: r.counts });
  }
  // Every client failing is an outage, not a summary: let the poller show "stale".
  if (clients.length > 0 && failed.length === clients.length) throw new Error('no client answered');
  const totals = withAgents.reduce(
    (t, c) => ({
      total: t.total + c.counts.total,
      available: t.available + c.counts.available,
      unavailable: t.unavailable + c.counts.unavailable,
      onCall: t.onCall + c.counts.onCall,
    }),
    { total: 0, available: 0, unavailable: 0, onCall: 0 },
  );
  withAgents.sort((a, b) => a.name.localeCompare(b.name));
  return { fetchedAt: new Date(now).toISOString(), totals, clients: withAgents, failed, clientsWithoutAgents: empty };
}
