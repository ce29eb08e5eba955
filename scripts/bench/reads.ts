/**
 * Upstream calls per page view, from the portal's own call log: at LOG_LEVEL=info the partner
 * client logs every upstream call with its endpoint and a digest of its request (`call`: equal
 * for the same URL and body within one process, arguments not readable from it). One view of a
 * page, with nothing else running, shows which reads it made; the same endpoint called twice
 * with the same arguments is a duplicate read (React `cache` in lib/partner-api/reads.ts shares
 * them), while two pages of a list or two date ranges are two different reads and are listed
 * apart.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { request, step, type Target } from './servers';

/** The log's lines written after byte `from`. */
function linesFrom(file: string, from: number): string[] {
  const size = statSync(file).size;
  if (size <= from) return [];
  const buf = Buffer.alloc(size - from);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, buf.length, from);
  } finally {
    closeSync(fd);
  }
  return buf.toString('utf8').split('\n');
}

type Call = { endpoint: string; call: string };
const partnerCalls = (lines: string[]): Call[] =>
  lines.flatMap((l) => {
    if (!l.includes('"partner_call"')) return [];
    try {
      const o = JSON.parse(l) as { event?: string; endpoint?: string; call?: string };
      return o.event === 'partner_call' && o.endpoint && o.call ? [{ endpoint: o.endpoint, call: o.call }] : [];
    } catch {
      return [];
    }
  });

export type ReadsRow = {
  page: string;
  clients: number;
  calls: Record<string, number>;
  /** Endpoints read more than once with different arguments (not duplicates). */
  distinct: string[];
  /** Endpoints read more than once with the same arguments. */
  duplicates: string[];
};

export async function upstreamReads(t: Target, pages: string[]): Promise<ReadsRow[]> {
  step(`upstream calls per page view (${t.label})`);
  const log = path.join(t.dataDir, 'server.log');
  const get = (p: string) => request(t.port, p, { headers: { cookie: t.cookie ?? '' } });
  const rows: ReadsRow[] = [];
  for (const page of pages) {
    // Load the clients mirror first (its refresh is not the page's own read), and let anything
    // it started finish before the view.
    await get('/clients');
    await new Promise((r) => setTimeout(r, 1_500));
    const from = statSync(log).size;
    const r = await get(page);
    if (r.status !== 200) throw new Error(`${page} answered ${r.status}`);
    // Streamed sections finish with the response; give the log a moment to be written.
    await new Promise((r) => setTimeout(r, 500));
    const seen = partnerCalls(linesFrom(log, from));
    const calls: Record<string, number> = {};
    const perRequest = new Map<string, number>();
    for (const c of seen) {
      calls[c.endpoint] = (calls[c.endpoint] ?? 0) + 1;
      const k = `${c.endpoint} ${c.call}`;
      perRequest.set(k, (perRequest.get(k) ?? 0) + 1);
    }
    const duplicates = [...new Set([...perRequest].filter(([, n]) => n > 1).map(([k]) => k.split(' ')[0]))];
    const distinct = Object.keys(calls).filter((e) => calls[e] > 1 && !duplicates.includes(e));
    rows.push({ page, clients: t.clients, calls, distinct, duplicates });
  }
  return rows;
}
