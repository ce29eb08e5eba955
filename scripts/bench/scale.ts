/**
 * The clients list and the billing overview at 100 vs 10,000 clients, side by side, in rounds of
 * alternating order. Per round: a hit (mirror fresh), a miss (mirror past its TTL: served at once
 * while one refresh runs in the background), and a cold read (the whole mirror invalidated, as
 * after a change with no client id: the request waits for the refresh), plus the event-loop delay
 * of the server process while it refreshed (GET /sandbox/_loop).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { median, pct, request, sandbox, step, type Target } from './servers';

type Sample = { hit: number; miss: number; cold: number; loopMaxMs: number; bytes: number };
export type ScaleRow = {
  page: string;
  label: string;
  clients: number;
  hitMs: number;
  hitP95: number;
  missMs: number;
  missP95: number;
  coldMs: number;
  loopMaxMs: number;
  htmlBytes: number;
};

function poke(t: Target, refreshedAt: string | null) {
  const db = new Database(path.join(t.dataDir, 'portal.db'));
  try {
    db.prepare("update mirror_state set refreshed_at = ? where name = 'clients'").run(refreshedAt);
  } finally {
    db.close();
  }
}

const get = async (t: Target, page: string) => {
  const r = await request(t.port, page, { headers: { cookie: t.cookie ?? '' } });
  if (r.status !== 200) throw new Error(`${page} answered ${r.status} on ${t.label}`);
  return r;
};

async function round(t: Target, page: string): Promise<Sample> {
  await get(t, page); // make sure the mirror is loaded and fresh
  const hit = await get(t, page);
  await sandbox(t, 'GET', '/sandbox/_loop'); // resets the histogram
  poke(t, new Date(0).toISOString()); // past the TTL
  const miss = await get(t, page);
  await new Promise((r) => setTimeout(r, 1500)); // let the background refresh finish
  poke(t, null); // invalidated: the next read waits for a full refresh
  const cold = await get(t, page);
  const loop = (await sandbox(t, 'GET', '/sandbox/_loop')).data as { maxMs: number };
  return { hit: hit.ms, miss: miss.ms, cold: cold.ms, loopMaxMs: loop.maxMs, bytes: hit.body.length };
}

export async function scaleRounds(targets: Target[], pages: string[], rounds: number): Promise<ScaleRow[]> {
  const samples = new Map<string, Sample[]>();
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
      rows.push({
        page,
        label: t.label,
        clients: t.clients,
        hitMs: median(s.map((x) => x.hit)),
        hitP95: pct(
          s.map((x) => x.hit),
          95,
        ),
        missMs: median(s.map((x) => x.miss)),
        missP95: pct(
          s.map((x) => x.miss),
          95,
        ),
        coldMs: median(s.map((x) => x.cold)),
        loopMaxMs: Math.max(...s.map((x) => x.loopMaxMs)),
        htmlBytes: median(s.map((x) => x.bytes)),
      });
    }
  }
  return rows;
}
