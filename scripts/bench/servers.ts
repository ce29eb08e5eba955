/**
 * `npm run bench` — the clients page's server time and bytes at 100 and at 10,000 clients,
 * side by side in one run.
 *
 * It seeds two fresh sandbox data dirs, starts one production server on each (from an
 * existing build in NEXT_DIST_DIR, default .next-bench, built once if missing), signs in as
 * the demo owner through next-auth's credentials callback, requests /clients (warm-ups, then
 * timed runs, one at a time), prints a table and checks two budgets:
 *   p95 < 300 ms at 10,000 clients, and HTML bytes at 10,000 within 1.5× of those at 100
 *   (proof that only one page of rows is sent). Exit code 1 when a budget fails.
 * Options: --runs 20 --warmup 3 --port 3290 (uses port and port+1) --keep-data
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    port: { type: 'string', default: '3290' },
    'keep-data': { type: 'boolean', default: false },
  },
});
const RUNS = Number(opts.runs);
const WARMUP = Number(opts.warmup);
const BASE_PORT = Number(opts.port);
const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = process.env.NEXT_DIST_DIR || '.next-bench';
const NEXT_BIN = path.join(ROOT, 'node_modules/.bin/next');
const EMAIL = process.env.DEMO_OWNER_EMAIL ?? 'owner@demo.test';
const PASSWORD = process.env.DEMO_OWNER_PASSWORD ?? 'Owner-demo-1234';
// The sandbox always seeds these demo clients; bulk clients make up the rest.
const DEMO_CLIENTS = 6;
const OVERALL_TIMEOUT_MS = 15 * 60_000;

type Target = { clients: number; transactions: number; port: number; dataDir: string; server?: ChildProcess };
const TARGETS: Target[] = [
  { clients: 100, transactions: 1_000, port: BASE_PORT, dataDir: path.join(ROOT, `data/bench-100-${process.pid}`) },
  {
    clients: 10_000,
    transactions: 100_000,
    port: BASE_PORT + 1,
    dataDir: path.join(ROOT, `data/bench-10k-${process.pid}`),
  },
];

const envFor = (t: Target) => ({
  ...process.env,
  NODE_ENV: 'production' as const,
  NEXT_DIST_DIR: DIST,
  PORT: String(t.port),
  DATA_DIR: t.dataDir,
  DATABASE_URL: `file:${path.join(t.dataDir, 'portal.db')}`,
  LOG_LEVEL: 'warn',
});

function step(msg: string) {
  console.log(`· ${msg}`);
}

function ensureBuild() {
  if (existsSync(path.join(ROOT, DIST, 'BUILD_ID'))) return step(`using the build in ${DIST}`);
  step(`no build in ${DIST}: building once (next build)`);
  const r = spawnSync(NEXT_BIN, ['build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_DIST_DIR: DIST },
  });
  if (r.status !== 0) throw new Error('next build failed');
}

function seed(t: Target) {
  rmSync(t.dataDir, { recursive: true, force: true });
  mkdirSync(t.dataDir, { recursive: true });
  const args = [
    'tsx',
    'scripts/sandbox-seed.ts',
    '--clients',
    String(t.clients - DEMO_CLIENTS),
    '--transactions',
    String(t.transactions),
  ];
  const r = spawnSync('npx', args, { cwd: ROOT, env: envFor(t), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`seeding ${t.clients} clients failed:\n${r.stderr}`);
  step(`seeded ${t.clients} clients: ${r.stdout.trim()}`);
}

function start(t: Target) {
  // Own process group, so stopping it also stops anything next start spawned.
  t.server = spawn(NEXT_BIN, ['start', '-p', String(t.port)], {
    cwd: ROOT,
    env: envFor(t),
    detached: true,
    stdio: 'ignore',
  });
}

async function stop(t: Target) {
  const p = t.server;
  if (!p?.pid || p.exitCode !== null) return;
  const exited = new Promise<void>((r) => p.once('exit', () => r()));
  try {
    process.kill(-p.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-p.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

type Res = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; wire: number; ms: number };

/** A raw request: `wire` is the bytes as sent (gzip when the server compresses), `body` the HTML. */
function request(
  port: number,
  pathname: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      {
        host: 'localhost',
        port,
        path: pathname,
        method: init.method ?? 'GET',
        headers: { 'accept-encoding': 'gzip', ...init.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - started;
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, wire: raw.length, ms });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: ${pathname}`)));
    req.on('error', reject);
    req.end(init.body);
  });
}

async function waitUp(t: Target) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (t.server?.exitCode !== null) throw new Error(`the server for ${t.clients} clients exited early`);
    try {
      if ((await request(t.port, '/api/health')).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server on :${t.port} did not come up in 120 s`);
}

const cookiesOf = (h: http.IncomingHttpHeaders) => (h['set-cookie'] ?? []).map((c) => c.split(';')[0]);

/** Signs in the way a browser does with next-auth: CSRF token + cookie, then the credentials callback. */
async function signIn(port: number): Promise<string> {
  const csrf = await request(port, '/api/auth/csrf');
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const jar = cookiesOf(csrf.headers);
  const origin = `http://localhost:${port}`;
  const form = new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, callbackUrl: `${origin}/clients` });
  const res = await request(port, '/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: jar.join('; ') },
    body: form.toString(),
  });
  const session = cookiesOf(res.headers).find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`sign-in failed on :${port} (status ${res.status}, location ${res.headers.location})`);
  return [...jar, session].join('; ');
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function measure(t: Target, cookie: string) {
  const get = async () => {
    const r = await request(t.port, '/clients', { headers: { cookie } });
    if (r.status !== 200) throw new Error(`/clients answered ${r.status} on :${t.port}`);
    return r;
  };
  const cold = await get();
  for (let i = 1; i < WARMUP; i++) await get();
  const times: number[] = [];
  let last = cold;
  for (let i = 0; i < RUNS; i++) {
    last = await get();
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  const count = /of ([\d,]+) clients?/.exec(last.body.toString())?.[1] ?? '?';
  return {
    listed: count,
    cold: cold.ms,
    median: pct(times, 50),
    p95: pct(times, 95),
    html: last.body.length,
    wire: last.wire,
  };
}

async function main() {
  const deadline = setTimeout(() => {
    console.error('bench: overall time limit reached, stopping');
    void cleanup().then(() => process.exit(2));
  }, OVERALL_TIMEOUT_MS);
  ensureBuild();
  for (const t of TARGETS) seed(t);
  for (const t of TARGETS) start(t);
  await Promise.all(TARGETS.map(waitUp));
  step('servers up; measuring one at a time');
  const results = [];
  for (const t of TARGETS) results.push({ t, ...(await measure(t, await signIn(t.port))) });

  const fmt = (n: number) => n.toFixed(1).padStart(9);
  console.log(`\nGET /clients — ${RUNS} timed requests after ${WARMUP} warm-ups (time to last byte on localhost)\n`);
  console.log('  clients     listed    cold ms  median ms     p95 ms  HTML bytes  wire bytes (gzip)');
  for (const r of results) {
    console.log(
      `  ${String(r.t.clients).padStart(7)}  ${r.listed.padStart(9)}  ${fmt(r.cold)}  ${fmt(r.median)}  ${fmt(r.p95)}  ${String(r.html).padStart(10)}  ${String(r.wire).padStart(10)}`,
    );
  }
  const [small, large] = results;
  const ratio = large.html / small.html;
  const checks = [
    { name: `p95 at 10,000 clients < 300 ms (${large.p95.toFixed(1)} ms)`, ok: large.p95 < 300 },
    { name: `HTML at 10,000 within 1.5× of HTML at 100 (${ratio.toFixed(2)}×)`, ok: ratio <= 1.5 },
  ];
  console.log('');
  for (const c of checks) console.log(`  ${c.ok ? 'PASS' : 'FAIL'}  ${c.name}`);
  console.log('\n  "cold" is the first request: it fetches the whole list from upstream (cache empty).');
  clearTimeout(deadline);
  return checks.every((c) => c.ok);
}

async function cleanup() {
  await Promise.all(TARGETS.map(stop));
  if (!opts['keep-data']) for (const t of TARGETS) rmSync(t.dataDir, { recursive: true, force: true });
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
    console.error(err instanceof Error ? err.message : err);
    await cleanup();
    process.exit(1);
  });
