/**
 * `npm run bench` — one report, everything side by side in one run, ratios first:
 *  1. first-load JS (gzip) of every route against a bare Next 16 page built in the same run;
 *  2. Lighthouse 12.2.3 mobile and desktop on the bare page and portal pages (median of N);
 *  3. console pages' server time with 50 ms armed on every upstream call against none, and the
 *     upstream calls one view of each makes (an endpoint read twice is a duplicate read);
 *  4. one server action's round trip against the same upstream call made directly;
 *  5. the clients list and the billing overview at 100 vs 10,000 clients: hits, misses and cold
 *     reads timed separately in alternating rounds, with the event-loop delay during refreshes.
 * Writes bench-results/bench-<time>.{md,json}; exit 1 when a budget fails.
 * Options: --build (rebuild the portal), --rounds 5, --runs 5, --lh-runs 3, --skip-lighthouse,
 * --port 3290 (uses port..port+4: the portals at 100 and 10,000 clients, the bare page, and each
 * portal's sandbox upstream as a process of its own), --keep-data.
 * `--only scale` runs part 5 alone (the billing summary's first refresh, then the rounds) and
 * writes bench-results/scale-<time>.json; with it, `--sizes 10k` keeps one size and
 * `--data-prefix data/x` names the data dirs (data/x-100, data/x-10k) so parallel work keeps apart.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bareBytes, buildBare, bundleReport } from './bundles';
import { actionRoundTrip, LATENCY_MS, pageLatency } from './latency';
import { NO_PAINT_HOLDING, runLighthouse } from './lighthouse';
import { upstreamReads } from './reads';
import { renderReport } from './report';
import { primeBilling, scaleRounds } from './scale';
import {
  ensureBuild,
  NEXT_BIN,
  partnerKey,
  ROOT,
  seed,
  signIn,
  startAndWait,
  step,
  stop,
  target,
  waitUp,
} from './servers';

const { values: opts } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '5' },
    runs: { type: 'string', default: '5' },
    'lh-runs': { type: 'string', default: '3' },
    'skip-lighthouse': { type: 'boolean', default: false },
    port: { type: 'string', default: '3290' },
    'keep-data': { type: 'boolean', default: false },
    only: { type: 'string' },
    sizes: { type: 'string', default: '100,10k' },
    'data-prefix': { type: 'string' },
  },
});
if (opts.only !== undefined && opts.only !== 'scale')
  throw new Error(`--only: only "scale" is known, not ${opts.only}`);
const PORT = Number(opts.port);
const DEMO_CLIENT = 'CLDEMO000001';
const small = target('100', 100, 1_000, PORT, PORT + 3);
const large = target('10k', 10_000, 100_000, PORT + 1, PORT + 4);
const sized = [small, large].filter((t) => opts.sizes.split(',').includes(t.label));
if (opts['data-prefix'])
  for (const t of [small, large]) t.dataDir = path.resolve(ROOT, `${opts['data-prefix']}-${t.label}`);
let bareDir: string | null = null;
let bareServer: ChildProcess | null = null;

async function main() {
  const deadline = setTimeout(() => {
    console.error('bench: overall time limit (40 min) reached, stopping');
    void cleanup().then(() => process.exit(2));
  }, 40 * 60_000);
  ensureBuild(opts.build);
  if (opts.only === 'scale') return scaleOnly();
  bareDir = buildBare();
  const bundles = bundleReport(bareBytes(bareDir));

  for (const t of [small, large]) seed(t);
  await Promise.all([small, large].map(startAndWait));
  for (const t of [small, large]) await signIn(t);
  step('servers up');

  // One after the other: each refresh is timed on its own, not while the other one runs.
  const billing = [await primeBilling(small), await primeBilling(large)];
  const latency = await pageLatency(small, DEMO_CLIENT, Number(opts.runs));
  const reads = await upstreamReads(small, [
    '/dashboard',
    '/clients',
    `/clients/${DEMO_CLIENT}`,
    `/clients/${DEMO_CLIENT}/numbers`,
    `/clients/${DEMO_CLIENT}/wallet`,
    `/clients/${DEMO_CLIENT}/agents`,
    '/wallet',
  ]);
  reads.push(...(await upstreamReads(large, ['/clients', '/wallet'])));
  // The bare app also serves as the floor of a server action: its relay action makes the same
  // upstream call as the portal's, with nothing else around it (bench/bare/app/relay).
  bareServer = spawn(NEXT_BIN, ['start', '-p', String(PORT + 2)], {
    cwd: bareDir,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      BARE_UPSTREAM_URL: `http://127.0.0.1:${small.upstreamPort}/sandbox`,
      BARE_UPSTREAM_KEY: partnerKey(small),
    },
  });
  await waitUp({ label: 'bare', clients: 0, transactions: 0, port: PORT + 2, dataDir: '', server: bareServer }, '/');
  const action = await actionRoundTrip(small, DEMO_CLIENT, Number(opts.runs) * 8, { port: PORT + 2, dir: bareDir });
  const scale = await scaleRounds([small, large], ['/clients', '/wallet'], Number(opts.rounds));

  let lighthouse = null;
  let lighthouseNoHolding = null;
  if (!opts['skip-lighthouse']) {
    const base = `http://localhost:${small.port}`;
    const barePage = { name: 'bare page', url: `http://localhost:${PORT + 2}/` };
    lighthouse = await runLighthouse(
      [
        barePage,
        { name: '/sign-in', url: `${base}/sign-in` },
        { name: '/signup', url: `${base}/signup` },
        { name: '/clients', url: `${base}/clients`, cookie: small.cookie },
        { name: 'client numbers', url: `${base}/clients/${DEMO_CLIENT}/numbers`, cookie: small.cookie },
        { name: 'client wallet', url: `${base}/clients/${DEMO_CLIENT}/wallet`, cookie: small.cookie },
      ],
      Number(opts['lh-runs']),
    );
    // Diagnostic only (the budget is judged on the run above): the same mobile pair with
    // Chromium's paint holding off, which removes the held first paints (lighthouse.ts).
    lighthouseNoHolding = await runLighthouse(
      [barePage, { name: '/signup', url: `${base}/signup` }],
      Number(opts['lh-runs']),
      {
        extraFlags: [NO_PAINT_HOLDING],
        formFactors: ['mobile'],
      },
    );
  }
  clearTimeout(deadline);

  const result = {
    at: new Date().toISOString(),
    latencyMs: LATENCY_MS,
    bundles,
    latency,
    reads,
    action,
    billing,
    scale,
    lighthouse,
    lighthouseNoHolding,
  };
  const { markdown, ok } = renderReport(result);
  const dir = path.join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const stamp = result.at.replace(/[:.]/g, '-');
  writeFileSync(path.join(dir, `bench-${stamp}.json`), JSON.stringify(result, null, 2));
  writeFileSync(path.join(dir, `bench-${stamp}.md`), markdown);
  console.log(`\n${markdown}\nwritten to bench-results/bench-${stamp}.{md,json}`);
  return ok;
}

/** Part 5 alone, same steps and order as in the full run. */
async function scaleOnly() {
  for (const t of sized) seed(t);
  await Promise.all(sized.map(startAndWait));
  for (const t of sized) await signIn(t);
  step('servers up');
  const billing = [];
  for (const t of sized) billing.push(await primeBilling(t));
  const scale = await scaleRounds(sized, ['/clients', '/wallet'], Number(opts.rounds));
  const result = { at: new Date().toISOString(), billing, scale };
  const dir = path.join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `scale-${result.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
  step(`written to ${path.relative(ROOT, file)}`);
  return true;
}

async function cleanup() {
  await Promise.all([small, large].map(stop));
  if (bareServer?.pid) {
    try {
      process.kill(-bareServer.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (bareDir) rmSync(bareDir, { recursive: true, force: true });
  if (!opts['keep-data']) for (const t of [small, large]) rmSync(t.dataDir, { recursive: true, force: true });
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    void cleanup().then(() => process.exit(130));
  });
}

main()
  .then(async (ok) => {
    await cleanup();
    process.exit(ok ? 0 : 1);
  })
  .catch(async (err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    await cleanup();
    process.exit(1);
  });
