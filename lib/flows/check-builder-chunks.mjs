#!/usr/bin/env node
/**
 * Checks that the flow builder's diagram library (@xyflow/react) is in no route's first-load
 * JavaScript: it must load only on demand, from the builder pages. Reads the build's
 * `<distDir>/diagnostics/route-bundle-stats.json` ([{route, firstLoadChunkPaths}]) and marks
 * a chunk as the library's when its code carries xyflow's class names ("react-flow__").
 *
 *   node lib/flows/check-builder-chunks.mjs [distDir]     (default: .next; exit 1 on a leak)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MARKER = 'react-flow__';

/**
 * @param {{route: string, firstLoadChunkPaths: string[]}[]} stats
 * @param {(chunkPath: string) => string} readChunk
 * @returns {{route: string, chunk: string}[]} routes whose first load carries the library
 */
export function builderChunkLeaks(stats, readChunk) {
  const cache = new Map();
  const isBuilderChunk = (p) => {
    if (!cache.has(p)) cache.set(p, readChunk(p).includes(MARKER));
    return cache.get(p);
  };
  const leaks = [];
  for (const r of stats)
    for (const c of r.firstLoadChunkPaths ?? []) if (isBuilderChunk(c)) leaks.push({ route: r.route, chunk: c });
  return leaks;
}

function main() {
  const distDir = process.argv[2] ?? '.next';
  const statsFile = path.join(distDir, 'diagnostics', 'route-bundle-stats.json');
  if (!existsSync(statsFile)) {
    console.error(`FAILED: ${statsFile} not found (run next build first)`);
    process.exit(1);
  }
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  // Paths in the stats are relative to the project root (".next/static/chunks/…").
  const read = (p) => (existsSync(p) ? readFileSync(p, 'utf8') : '');
  const leaks = builderChunkLeaks(stats, read);
  const chunkDir = path.join(distDir, 'static', 'chunks');
  const all = existsSync(chunkDir)
    ? readdirSync(chunkDir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => path.join(chunkDir, f))
    : [];
  if (!all.some((p) => read(p).includes(MARKER))) {
    console.error(
      'FAILED: no chunk carries the flow builder library: the marker no longer matches, so this check proves nothing',
    );
    process.exit(1);
  }
  if (leaks.length) {
    console.error('FAILED: the flow builder library is in the first-load JS of:');
    for (const l of leaks) console.error(`  ${l.route}  (${l.chunk})`);
    process.exit(1);
  }
  console.log(`ok: the flow builder library is in none of ${stats.length} routes' first-load JS`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
