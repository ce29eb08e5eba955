/**
 * Servers for `npm run bench`: one production build of the portal (NEXT_DIST_DIR, default
 * .next-bench, built when missing or when --build is given), fresh sandbox data dirs seeded at
 * a given size, `next start` per data dir, raw HTTP requests and a next-auth sign-in.
 *
 * With an `upstreamPort`, a target is two processes of the same build on one data dir: the
 * portal, whose PARTNER_API_BASE_URL points at the other, and the other serving only as the
 * sandbox upstream. Upstream's own work (serialising 10,000 clients, reading 100,000
 * transactions with synchronous SQLite) then stays out of the portal's event loop and CPU
 * time, as with the live API in production; otherwise the bench would charge it to the portal.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = process.env.NEXT_DIST_DIR || '.next-bench';
export const NEXT_BIN = path.join(ROOT, 'node_modules/.bin/next');
const EMAIL = process.env.DEMO_OWNER_EMAIL ?? 'owner@demo.test';
const PASSWORD = process.env.DEMO_OWNER_PASSWORD ?? 'Owner-demo-1234';
// The sandbox always seeds these demo clients; bulk clients make up the rest.
const DEMO_CLIENTS = 6;

export type Target = {
  label: string;
  clients: number;
  transactions: number;
  port: number;
  /** The sandbox upstream's own process (see above); none: the portal calls its own /sandbox. */
  upstreamPort?: number;
  dataDir: string;
  server?: ChildProcess;
  upstream?: ChildProcess;
  cookie?: string;
};

export const step = (msg: string) => console.log(`· ${msg}`);

export function target(
  label: string,
  clients: number,
  transactions: number,
  port: number,
  upstreamPort?: number,
): Target {
  return {
    label,
    clients,
    transactions,
    port,
    upstreamPort,
    dataDir: path.join(ROOT, `data/bench-${label}-${process.pid}`),
  };
}

const envFor = (t: Target, role: 'portal' | 'upstream' = 'portal') => ({
  ...process.env,
  NODE_ENV: 'production' as const,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: DIST,
  PORT: String(role === 'upstream' ? t.upstreamPort : t.port),
  DATA_DIR: t.dataDir,
  // The upstream reads a copy of the seeded database: sharing the portal's SQLite file, its reads
  // held back the portal's WAL checkpoints, which then stalled the portal's event loop for
  // 80-600 ms now and then during a mirror refresh (fsync of a grown WAL). The live API has its
  // own database too.
  DATABASE_URL: `file:${path.join(t.dataDir, role === 'upstream' ? 'upstream.db' : 'portal.db')}`,
  // The portal logs each upstream call at info (endpoint and a request digest): the bench's
  // duplicate-read check reads them (reads.ts). Nothing else logs at info per request.
  LOG_LEVEL: role === 'portal' ? 'info' : 'warn',
  ...(role === 'portal' && t.upstreamPort
    ? { PARTNER_API_BASE_URL: `http://127.0.0.1:${t.upstreamPort}/sandbox` }
    : {}),
});

export function ensureBuild(force: boolean) {
  if (!force && existsSync(path.join(ROOT, DIST, 'BUILD_ID'))) return step(`using the build in ${DIST}`);
  step(`building the portal into ${DIST} (next build)`);
  const r = spawnSync(NEXT_BIN, ['build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST },
  });
  spawnSync('git', ['checkout', '--', 'tsconfig.json'], { cwd: ROOT });
  if (r.status !== 0) throw new Error('next build failed');
}

export function seed(t: Target) {
  rmSync(t.dataDir, { recursive: true, force: true });
  mkdirSync(t.dataDir, { recursive: true });
  const args = ['tsx', 'scripts/sandbox-seed.ts', '--clients', String(t.clients - DEMO_CLIENTS)];
  if (t.transactions > 0) args.push('--transactions', String(t.transactions));
  const r = spawnSync('npx', args, { cwd: ROOT, env: envFor(t), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`seeding ${t.clients} clients failed:\n${r.stderr}`);
  step(`seeded ${t.label}: ${r.stdout.trim().split('\n').pop()}`);
  if (t.upstreamPort) {
    const db = new Database(path.join(t.dataDir, 'portal.db'));
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    copyFileSync(path.join(t.dataDir, 'portal.db'), path.join(t.dataDir, 'upstream.db'));
  }
}

function spawnServer(t: Target, role: 'portal' | 'upstream'): ChildProcess {
  // Own process group, so stopping it also stops anything next start spawned; output to a log.
  const log = openSync(path.join(t.dataDir, role === 'portal' ? 'server.log' : 'upstream.log'), 'a');
  const port = role === 'portal' ? t.port : t.upstreamPort;
  return spawn(NEXT_BIN, ['start', '-p', String(port)], {
    cwd: ROOT,
    env: envFor(t, role),
    detached: true,
    stdio: ['ignore', log, log],
  });
}

export function start(t: Target) {
  t.server = spawnServer(t, 'portal');
}

/** Starts the upstream (when the target has one) and waits for it, then the portal. */
export async function startAndWait(t: Target) {
  if (t.upstreamPort) {
    t.upstream = spawnServer(t, 'upstream');
    await waitUp(
      { ...t, label: `${t.label} upstream`, port: t.upstreamPort, server: t.upstream },
      '/api/health',
      'upstream.log',
    );
  }
  start(t);
  await waitUp(t);
}

const logTail = (t: Target, file: string) => {
  try {
    return readFileSync(path.join(t.dataDir, file), 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '(no log)';
  }
};

export async function stop(t: Target) {
  await Promise.all([t.server, t.upstream].map(stopProcess));
}

async function stopProcess(p: ChildProcess | undefined) {
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

export type Res = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  wire: number;
  /** Time to the first body byte and to the last, in ms. */
  ttfb: number;
  ms: number;
};

/** A raw request: `wire` is the bytes as sent (gzip when the server compresses), `body` decoded. */
export function request(
  port: number,
  pathname: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let ttfb = 0;
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
        res.on('data', (c: Buffer) => {
          if (chunks.length === 0) ttfb = performance.now() - started;
          chunks.push(c);
        });
        res.on('end', () => {
          const ms = performance.now() - started;
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, wire: raw.length, ttfb: ttfb || ms, ms });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: ${pathname}`)));
    req.on('error', reject);
    req.end(init.body);
  });
}

export async function waitUp(t: Target, probe = '/api/health', logFile = 'server.log') {
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    if (t.server?.exitCode !== null) throw new Error(`the server for ${t.label} exited early:\n${logTail(t, logFile)}`);
    try {
      if ((await request(t.port, probe)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server on :${t.port} did not come up in 180 s`);
}

const cookiesOf = (h: http.IncomingHttpHeaders) => (h['set-cookie'] ?? []).map((c) => c.split(';')[0]);

/** Signs in the way a browser does with next-auth: CSRF token + cookie, then the credentials callback. */
export async function signIn(t: Target): Promise<string> {
  const csrf = await request(t.port, '/api/auth/csrf');
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  const jar = cookiesOf(csrf.headers);
  const origin = `http://localhost:${t.port}`;
  const form = new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, callbackUrl: `${origin}/dashboard` });
  const res = await request(t.port, '/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin, cookie: jar.join('; ') },
    body: form.toString(),
  });
  const session = cookiesOf(res.headers).find((c) => c.startsWith('authjs.session-token='));
  if (!session)
    throw new Error(`sign-in failed on :${t.port} (status ${res.status}, location ${res.headers.location})`);
  t.cookie = [...jar, session].join('; ');
  return t.cookie;
}

/** The sandbox's partner key of a target's data dir (written at first start). */
export function partnerKey(t: Target): string {
  return JSON.parse(readFileSync(path.join(t.dataDir, 'sandbox-secrets.json'), 'utf8')).partnerApiKey;
}

/**
 * Calls a sandbox control or endpoint with the bearer key, on the upstream process (faults are
 * kept in the shared database, so both processes see them). `GET /sandbox/_loop` reads one
 * process's event loop: pass `on: 'portal'` for the portal's.
 */
export async function sandbox(
  t: Target,
  method: string,
  pathname: string,
  body?: unknown,
  on: 'portal' | 'upstream' = 'upstream',
) {
  const port = on === 'upstream' ? (t.upstreamPort ?? t.port) : t.port;
  const res = await request(port, pathname, {
    method,
    headers: { authorization: `Bearer ${partnerKey(t)}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 400) throw new Error(`${method} ${pathname} → ${res.status}: ${res.body.toString().slice(0, 200)}`);
  return JSON.parse(res.body.toString() || '{}') as { data: unknown };
}

export const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
export const median = (values: number[]) => pct(values, 50);
