/**
 * First-load JS per route (gzip) of the portal's build against a bare Next 16 page built in the
 * same run from bench/bare (one form, no libraries). Reads Next 16's
 * `<distDir>/diagnostics/route-bundle-stats.json` and gzips each listed chunk.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, NEXT_BIN, ROOT, step } from './servers';

type RouteStats = { route: string; firstLoadChunkPaths: string[] };
export type RouteBytes = { route: string; gzip: number; chunks: string[] };

function routeBytes(appDir: string, distDir: string): RouteBytes[] {
  const file = path.join(appDir, distDir, 'diagnostics/route-bundle-stats.json');
  if (!existsSync(file)) throw new Error(`no ${file}: build first`);
  const stats = JSON.parse(readFileSync(file, 'utf8')) as RouteStats[];
  const sizes = new Map<string, number>();
  const gz = (p: string) => {
    let n = sizes.get(p);
    if (n === undefined) {
      n = gzipSync(readFileSync(path.join(appDir, p)), { level: 9 }).length;
      sizes.set(p, n);
    }
    return n;
  };
  return stats.map((s) => ({
    route: s.route,
    chunks: s.firstLoadChunkPaths,
    gzip: s.firstLoadChunkPaths.reduce((sum, p) => sum + gz(p), 0),
  }));
}

/** Builds bench/bare in a temporary folder (its node_modules links to the portal's); returns the folder. */
export function buildBare(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-bare-'));
  cpSync(path.join(ROOT, 'bench/bare'), dir, { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), '{"name":"bare","private":true}');
  step('building the bare baseline page (bench/bare)');
  const { NEXT_DIST_DIR: _ignored, ...env } = process.env;
  const r = spawnSync(NEXT_BIN, ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`bare build failed:\n${r.stdout}\n${r.stderr}`);
  }
  return dir;
}

/** First-load JS (gzip) of the bare page. */
export function bareBytes(dir: string): number {
  const home = routeBytes(dir, '.next').find((x) => x.route === '/');
  if (!home) throw new Error('bare build: no "/" route in route-bundle-stats.json');
  return home.gzip;
}

const PUBLIC = new Set(['/sign-in', '/signup']);
const FLOW_BUILDER = /^\/clients\/\[clientId\]\/flows\/(new|\[flowId\])$/;

export type BundleReport = {
  bare: number;
  rows: { route: string; gzip: number; ratio: number; budget: number | null; ok: boolean }[];
  flowBuilderLeaks: string[];
};

export function bundleReport(bare: number): BundleReport {
  const routes = routeBytes(ROOT, DIST).filter((r) => !/^\/(api|sandbox)\b/.test(r.route) && r.route !== '/_not-found');
  // Chunks that carry React Flow: they must appear in no route's first load but the builder's.
  const flowChunks = new Set<string>();
  for (const r of routes)
    for (const c of r.chunks)
      if (/@xyflow|react-flow__|ReactFlow/.test(readFileSync(path.join(ROOT, c), 'utf8'))) flowChunks.add(c);
  const flowBuilderLeaks = routes
    .filter((r) => !FLOW_BUILDER.test(r.route) && r.chunks.some((c) => flowChunks.has(c)))
    .map((r) => r.route);
  const rows = routes
    .map((r) => {
      const budget = PUBLIC.has(r.route) ? 1.15 : 1.5;
      const ratio = r.gzip / bare;
      return { route: r.route, gzip: r.gzip, ratio, budget, ok: ratio <= budget };
    })
    .sort((a, b) => b.ratio - a.ratio);
  return { bare, rows, flowBuilderLeaks };
}
