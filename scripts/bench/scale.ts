/**
 * The clients list and the billing overview at 100 vs 10,000 clients, side by side, in rounds of
 * alternating order. Per round: a hit (mirror fresh), a miss (mirror past its TTL: served at once
 * while one refresh runs in the background), and a cold read (the whole mirror invalidated, as
 * after a change with no client id: the request waits for the refresh), plus the event-loop delay
 * of the portal process (GET /sandbox/_loop on the portal) over the background refresh alone,
 * over the cold read, and over the hits (renders alone), so a stall is put down to what caused it.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { median, pct, request, sandbox, step, type Target } from './servers';

type Loop = { maxMs: number; p99Ms: number };
type Sample = {
  hits: number[];
  miss: number;
  cold: number;
  /** The background refresh a miss started, alone (the miss's own render had ended). */
  loop: Loop;
  /** The cold read: it waited for a full refresh, then rendered the page. */
  coldLoop: Loop;
  idle: Loop;
  hitLoop: Loop;
  bytes: number;
};
export type ScaleRow = {
  page: string;
  label: string;
  clients: number;
  hitMs: number;
  hitP95: number;
  missMs: number;
  missP95: number;
  coldMs: number;
  /** The portal's event-loop delay while its mirror refreshed in the background, nothing else running. */
  loopMaxMs: number;
  loopP99Ms: number;
  /** The same over a cold read: a full refresh the request waited for, then the page's render. */
  coldLoopMaxMs: number;
  /** The same over the 3 hits alone: page renders, no refresh (the render's own share of a stall). */
  hitLoopMaxMs: number;
  /** The same process idle for a comparable window just before: the machine's own noise floor. */
  idleMaxMs: number;
  idleP99Ms: number;
  /** Per round, in order: the loop's max during refreshes and idle just before (noise shows here). */
  loopMaxEach: number[];
  coldLoopMaxEach: number[];
  idleMaxEach: number[];
  /** Per round: the loop's max during the 3 hits alone (page renders, no refresh running). */
  hitLoopMaxEach: number[];
  htmlBytes: number;
};

const db = (t: Target, readonly = false) => new Database(path.join(t.dataDir, 'portal.db'), { readonly });

function poke(t: Target, refreshedAt: string | null) {
  const d = db(t);
  try {
    d.prepare("update mirror_state set refreshed_at = ? where name = 'clients'").run(refreshedAt);
  } finally {
    d.close();
  }
}

/** Waits until no mirror refresh holds the lease and the mirror is fresh again. */
async function settled(t: Target, limitMs = 60_000) {
  const d = db(t, true);
  try {
    const q = d.prepare("select refreshed_at, lease_until from mirror_state where name = 'clients'");
    const until = Date.now() + limitMs;
    for (;;) {
      const s = q.get() as { refreshed_at: string | null; lease_until: string | null } | undefined;
      if (s?.refreshed_at && !s.lease_until && Date.parse(s.refreshed_at) > 0) return;
      if (Date.now() > until) throw new Error(`the clients mirror of ${t.label} did not settle`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    d.close();
  }
}

const get = async (t: Target, page: string) => {
  const r = await request(t.port, page, { headers: { cookie: t.cookie ?? '' } });
  if (r.status !== 200) throw new Error(`${page} answered ${r.status} on ${t.label}`);
  return r;
};

const loop = async (t: Target) => (await sandbox(t, 'GET', '/sandbox/_loop', undefined, 'portal')).data as Loop;

async function round(t: Target, page: string): Promise<Sample> {
  await get(t, page); // make sure the mirror is loaded and fresh
  await settled(t);
  const hits: number[] = [];
  let bytes = 0;
  await loop(t); // resets the histogram: the hits alone (page renders, no refresh) come next
  for (let i = 0; i < 3; i++) {
    const hit = await get(t, page);
    hits.push(hit.ms);
    bytes = hit.body.length;
  }
  const hitLoop = await loop(t);
  await new Promise((r) => setTimeout(r, 1500));
  const idle = await loop(t); // the same process doing nothing for 1.5 s
  poke(t, new Date(0).toISOString()); // past the TTL
  const miss = await get(t, page);
  // Resets: from here on the background refresh the miss started runs alone (it starts with
  // Next's `after`, once the miss's response is sent; the render that stalls is the page's own,
  // measured by the hits above).
  await loop(t);
  // It must end first: a cold read that joined it would wait for only part of a refresh.
  await settled(t);
  const during = await loop(t);
  poke(t, null); // invalidated: the next read waits for a full refresh
  const cold = await get(t, page);
  const coldLoop = await loop(t);
  return { hits, miss: miss.ms, cold: cold.ms, loop: during, coldLoop, idle, hitLoop, bytes };
}

export type BillingPrime = {
  label: string;
  clients: number;
  refreshMs: number;
  loopMaxMs: number;
  loopP99Ms: number;
  /** The same without the /wallet view that started it (a first render loads the page's code). */
  refreshLoopMaxMs: number;
  refreshLoopP99Ms: number;
  idleMaxMs: number;
  idleP99Ms: number;
  failed: number;
};

/**
 * The billing summary's first full refresh (one ledger read per client, in the background after
 * the first /wallet view), timed to the end with the event-loop delay while it ran. The scale
 * rounds run after it, so /wallet is measured in its steady state and not while the 10,000-client
 * server is still busy reading ledgers.
 */
export async function primeBilling(t: Target, limitMs = 15 * 60_000): Promise<BillingPrime> {
  await get(t, '/clients'); // the summary walks the clients mirror: load it first
  await settled(t);
  await loop(t); // resets the histogram
  await new Promise((r) => setTimeout(r, 5000));
  const idle = await loop(t); // the same process doing nothing for 5 s
  const started = performance.now();
  await get(t, '/wallet');
  const firstView = await loop(t); // resets: from here on only the background refresh runs
  const d = db(t, true);
  try {
    const state = d.prepare("select refreshed_at, lease_until, failed from billing_state where name = 'billing'");
    for (;;) {
      const s = state.get() as { refreshed_at: string | null; lease_until: string | null; failed: number } | undefined;
      if (s?.refreshed_at && !s.lease_until) {
        const rest = await loop(t);
        const refreshMs = performance.now() - started;
        step(`billing summary of ${t.label} refreshed in ${(refreshMs / 1000).toFixed(1)} s`);
        return {
          label: t.label,
          clients: t.clients,
          refreshMs,
          loopMaxMs: Math.max(firstView.maxMs, rest.maxMs),
          loopP99Ms: Math.max(firstView.p99Ms, rest.p99Ms),
          refreshLoopMaxMs: rest.maxMs,
          refreshLoopP99Ms: rest.p99Ms,
          idleMaxMs: idle.maxMs,
          idleP99Ms: idle.p99Ms,
          failed: Number(s.failed),
        };
      }
      if (performance.now() - started > limitMs) throw new Error(`billing summary of ${t.label} not refreshed in time`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    d.close();
  }
}

export async function scaleRounds(targets: Target[], pages: string[], rounds: number): Promise<ScaleRow[]> {
  const samples = new Map<string, Sample[]>();
  // One round per target and page first, not counted: a process's first miss and cold read run
  // code paths for the first time (compiling them), at 100 clients as at 10,000.
  step('scale warm-up round (not counted)');
  for (const t of targets) for (const page of pages) await round(t, page);
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? targets : [...targets].reverse();
    step(`scale round ${i + 1}/${rounds} (${order.map((t) => t.label).join(' then ')})`);
    for (const t of order) {
      for (const page of pages) {
        const key = `${page}|${t.label}`;
        samples.set(key, [...(samples.get(key) ?? []), await round(t, page)]);
      }
    }
  }
  const rows: ScaleRow[] = [];
  for (const page of pages) {
    for (const t of targets) {
      const s = samples.get(`${page}|${t.label}`) ?? [];
      const hits = s.flatMap((x) => x.hits);
      const misses = s.map((x) => x.miss);
      rows.push({
        page,
        label: t.label,
        clients: t.clients,
        hitMs: median(hits),
        hitP95: pct(hits, 95),
        missMs: median(misses),
        missP95: pct(misses, 95),
        coldMs: median(s.map((x) => x.cold)),
        loopMaxMs: Math.max(...s.map((x) => x.loop.maxMs)),
        loopP99Ms: Math.max(...s.map((x) => x.loop.p99Ms)),
        coldLoopMaxMs: Math.max(...s.map((x) => x.coldLoop.maxMs)),
        hitLoopMaxMs: Math.max(...s.map((x) => x.hitLoop.maxMs)),
        idleMaxMs: Math.max(...s.map((x) => x.idle.maxMs)),
        idleP99Ms: Math.max(...s.map((x) => x.idle.p99Ms)),
        loopMaxEach: s.map((x) => x.loop.maxMs),
        coldLoopMaxEach: s.map((x) => x.coldLoop.maxMs),
        idleMaxEach: s.map((x) => x.idle.maxMs),
        hitLoopMaxEach: s.map((x) => x.hitLoop.maxMs),
        htmlBytes: median(s.map((x) => x.bytes)),
      });
    }
  }
  return rows;
}
