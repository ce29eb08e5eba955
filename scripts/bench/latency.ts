/**
 * Server time of console pages with 50 ms armed on every upstream endpoint (sandbox `_faults`,
 * endpoint "*") against none, and one server action's round trip against the same upstream call
 * made directly. Reads that start together add about one latency, not one per call.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, median, ROOT, request, sandbox, step, type Target } from './servers';

export const LATENCY_MS = 50;

async function once(t: Target, pathname: string) {
  const r = await request(t.port, pathname, { headers: { cookie: t.cookie ?? '' } });
  if (r.status !== 200) throw new Error(`${pathname} answered ${r.status}`);
  return r;
}

async function arm(t: Target) {
  await sandbox(t, 'POST', '/sandbox/_faults', { endpoint: '*', kind: 'latency', ms: LATENCY_MS, times: 10_000 });
}
const clear = (t: Target) => sandbox(t, 'DELETE', '/sandbox/_faults');

/** The slowest single upstream read those pages make, timed directly against the sandbox. */
async function slowestUpstream(t: Target, clientId: string, runs: number): Promise<number> {
  const calls: [string, string, unknown?][] = [
    ['GET', '/sandbox/partnerclients/clients'],
    ['GET', '/sandbox/partnerclients/pending'],
    ['GET', `/sandbox/partnerclients/client/${clientId}`],
    ['GET', `/sandbox/partnerclients/client_dids/${clientId}`],
    ['POST', '/sandbox/partnerclients/wallet_balance', { client_id: clientId }],
    ['POST', '/sandbox/partnerclients/wallet_transactions', { client_id: clientId, page: '1', limit: '25' }],
    ['POST', '/sandbox/partnerclients/get_agents_availability', { client_id: clientId }],
  ];
  let slowest = 0;
  for (const [method, p, body] of calls) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await sandbox(t, method, p, body);
      times.push(performance.now() - started);
    }
    slowest = Math.max(slowest, median(times));
  }
  return slowest;
}

export type LatencyRow = { page: string; ttfb0: number; total0: number; ttfb: number; total: number; added: number };

export async function pageLatency(t: Target, clientId: string, runs: number) {
  const pages = [
    '/dashboard',
    '/clients',
    `/clients/${clientId}`,
    `/clients/${clientId}/numbers`,
    `/clients/${clientId}/wallet`,
    '/wallet',
  ];
  step('page server time without and with 50 ms upstream latency, alternating');
  const rows: LatencyRow[] = [];
  let slowest = 0;
  try {
    for (const p of pages) {
      await clear(t);
      await once(t, p); // warm-up
      const base = { ttfb: [] as number[], total: [] as number[] };
      const slow = { ttfb: [] as number[], total: [] as number[] };
      // Without and with latency in turn, so drift on the (shared) machine hits both alike.
      for (let i = 0; i < runs; i++) {
        await clear(t);
        const b = await once(t, p);
        base.ttfb.push(b.ttfb);
        base.total.push(b.ms);
        await arm(t);
        const w = await once(t, p);
        slow.ttfb.push(w.ttfb);
        slow.total.push(w.ms);
      }
      const total0 = median(base.total);
      const total = median(slow.total);
      rows.push({
        page: p,
        ttfb0: median(base.ttfb),
        total0,
        ttfb: median(slow.ttfb),
        total,
        added: total - total0,
      });
    }
    await arm(t);
    slowest = await slowestUpstream(t, clientId, runs);
  } finally {
    await clear(t);
  }
  return { rows, slowest, budget: 1.2 * slowest };
}

/** The id Next gave a server action, from the build's server-reference manifest. */
function actionId(filename: string, exportedName: string): { id: string; page: string } {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, DIST, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename === filename && entry.exportedName === exportedName) {
      return { id, page: Object.keys(entry.workers)[0] ?? '' };
    }
  }
  throw new Error(`no server action ${exportedName} in ${filename}`);
}

/** setAgentAvailability (one update_agent_availability call) through the portal vs directly. */
export async function actionRoundTrip(t: Target, clientId: string, runs: number) {
  const { id } = actionId('lib/agents/actions.ts', 'setAgentAvailability');
  const agents = (await sandbox(t, 'POST', '/sandbox/partnerclients/get_agents_availability', { client_id: clientId }))
    .data as { agent_id: string }[];
  const agentId = String(agents[0]?.agent_id ?? '');
  if (!agentId) throw new Error(`client ${clientId} has no agents to toggle`);
  const origin = `http://localhost:${t.port}`;
  const viaAction = async (available: boolean) => {
    const started = performance.now();
    const r = await request(t.port, `/clients/${clientId}/agents`, {
      method: 'POST',
      headers: {
        cookie: t.cookie ?? '',
        origin,
        'next-action': id,
        accept: 'text/x-component',
        'content-type': 'text/plain;charset=UTF-8',
      },
      body: JSON.stringify([{ client_id: clientId, agent_id: agentId, available: available ? '1' : '0' }]),
    });
    if (r.status !== 200 || !r.body.toString().includes('"ok":true')) {
      throw new Error(`action answered ${r.status}: ${r.body.toString().slice(0, 300)}`);
    }
    return performance.now() - started;
  };
  const direct = async (available: boolean) => {
    const started = performance.now();
    await sandbox(t, 'POST', '/sandbox/partnerclients/update_agent_availability', {
      client_id: clientId,
      agent_id: agentId,
      available: available ? '1' : '0',
    });
    return performance.now() - started;
  };
  await arm(t);
  try {
    await viaAction(true);
    await direct(true);
    const a: number[] = [];
    const d: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternating, so drift on the machine hits both the same.
      a.push(await viaAction(i % 2 === 0));
      d.push(await direct(i % 2 === 0));
    }
    return { action: median(a), direct: median(d), ratio: median(a) / median(d) };
  } finally {
    await clear(t);
  }
}
