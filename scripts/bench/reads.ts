/**
 * Upstream calls per page view: the portal's partner client counts every attempt per endpoint
 * into `partner_call_stats` (flushed within 5 s), so one view of a page, with nothing else
 * running, shows which upstream reads it made and how often. An endpoint called twice for one
 * view is flagged: a duplicate read within a request (React `cache` dedupes them) when the
 * arguments are the same; the counts do not hold arguments, so a flag needs a look at the code
 * (two pages of a list, or two date ranges, are two different reads).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { request, step, type Target } from './servers';

const FLUSH_MS = 5_000;

function totals(t: Target): Map<string, number> {
  const d = new Database(path.join(t.dataDir, 'portal.db'), { readonly: true });
  try {
    const rows = d.prepare('select endpoint, sum(calls) as n from partner_call_stats group by endpoint').all() as {
      endpoint: string;
      n: number;
    }[];
    return new Map(rows.map((r) => [r.endpoint, Number(r.n)]));
  } finally {
    d.close();
  }
}

export type ReadsRow = { page: string; clients: number; calls: Record<string, number>; duplicates: string[] };

export async function upstreamReads(t: Target, pages: string[]): Promise<ReadsRow[]> {
  step(`upstream calls per page view (${t.label})`);
  const get = (p: string) => request(t.port, p, { headers: { cookie: t.cookie ?? '' } });
  const rows: ReadsRow[] = [];
  for (const page of pages) {
    // Load the clients mirror first (its refresh is not the page's own read), let it flush.
    await get('/clients');
    await new Promise((r) => setTimeout(r, FLUSH_MS + 1_000));
    const before = totals(t);
    const r = await get(page);
    if (r.status !== 200) throw new Error(`${page} answered ${r.status}`);
    await new Promise((r) => setTimeout(r, FLUSH_MS + 1_000));
    const calls: Record<string, number> = {};
    for (const [endpoint, n] of totals(t)) {
      const d = n - (before.get(endpoint) ?? 0);
      if (d > 0) calls[endpoint] = d;
    }
    rows.push({ page, clients: t.clients, calls, duplicates: Object.keys(calls).filter((e) => calls[e] > 1) });
  }
  return rows;
}
