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

export type LatencyRow = {
  page: string;
  ttfb0: number;
  total0: number;
  ttfb: number;
  total: number;
  added: number;
  /** Every run's total in order, without and with latency (the JSON keeps them: a slow median shows which runs were slow). */
  totals0: number[];
  totals: number[];
};

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
        totals0: base.total.map((ms) => Math.round(ms * 10) / 10),
        totals: slow.total.map((ms) => Math.round(ms * 10) / 10),
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
function actionId(
  filename: string,
  exportedName: string,
  distDir = path.join(ROOT, DIST),
): { id: string; page: string } {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    // The bare app is built with Turbopack's root at `/`, so its file names are absolute-ish.
    const file = entry.filename ?? '';
    if ((file === filename || file.endsWith(`/${filename}`)) && entry.exportedName === exportedName) {
      return { id, page: Object.keys(entry.workers)[0] ?? '' };
    }
  }
  throw new Error(`no server action ${exportedName} in ${filename}`);
}

/**
 * setAgentAvailability (one update_agent_availability call) through the portal, the same call
 * relayed by a bare Next 16 server action (bench/bare/app/relay: Next's own floor, no session,
 * validation or audit), and the call made directly, alternating.
 */
/** Uncounted rounds of the three before timing. */
const WARM_UP = 20;

export async function actionRoundTrip(t: Target, clientId: string, runs: number, bare: { port: number; dir: string }) {
  const { id } = actionId('lib/agents/actions.ts', 'setAgentAvailability');
  const relay = actionId('app/relay/actions.ts', 'relayAvailability', path.join(bare.dir, '.next'));
  const agents = (await sandbox(t, 'POST', '/sandbox/partnerclients/get_agents_availability', { client_id: clientId }))
    .data as { agent_id: string }[];
  const agentId = String(agents[0]?.agent_id ?? '');
  if (!agentId) throw new Error(`client ${clientId} has no agents to toggle`);
  const post = async (port: number, pathname: string, actionHeader: string, cookie: string, available: boolean) => {
    const started = performance.now();
    const r = await request(port, pathname, {
      method: 'POST',
      headers: {
        cookie,
        origin: `http://localhost:${port}`,
        'next-action': actionHeader,
        accept: 'text/x-component',
        'content-type': 'text/plain;charset=UTF-8',
      },
      body: JSON.stringify([{ client_id: clientId, agent_id: agentId, available: available ? '1' : '0' }]),
    });
    if (r.status !== 200 || !r.body.toString().includes('"ok":true')) {
      throw new Error(`action on :${port} answered ${r.status}: ${r.body.toString().slice(0, 300)}`);
    }
    return performance.now() - started;
  };
  const viaAction = (available: boolean) => post(t.port, `/clients/${clientId}/agents`, id, t.cookie ?? '', available);
  const viaBare = (available: boolean) => post(bare.port, '/relay', relay.id, '', available);
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
    // Steady state, as the scale rounds: the bare server has just started and no action path has
    // run in either process yet. With one call each, the first timed calls ran through code V8 had
    // not optimised yet (bare floor 1.19–1.26 × in the bench against 1.06–1.10 × warmed by hand).
    for (let i = 0; i < WARM_UP; i++) {
      await viaAction(i % 2 === 0);
      await viaBare(i % 2 === 0);
      await direct(i % 2 === 0);
    }
    const a: number[] = [];
    const b: number[] = [];
    const d: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternating, so drift on the machine hits all three the same.
      a.push(await viaAction(i % 2 === 0));
      b.push(await viaBare(i % 2 === 0));
      d.push(await direct(i % 2 === 0));
    }
    return {
      action: median(a),
      bare: median(b),
      direct: median(d),
      ratio: median(a) / median(d),
      bareRatio: median(b) / median(d),
    };
  } finally {
    await clear(t);
  }
}
