/**
 * `npm run test:scale` — two `next start` processes of one build on one PostgreSQL, behind a small
 * loopback proxy that alternates requests between them. Shared state must hold across instances:
 * sessions (a sign-out on one ends the session on the other), the sign-in throttle, signup limits,
 * idempotency keys (a credit submitted to both at once happens once), the clients mirror (a change
 * made on one shows on the other), and server actions (a page from one submits to the other).
 * Ends with `N passed, N failed`; exit 1 on any failure. Needs a build (NEXT_DIST_DIR or .next).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { DIST, NEXT_BIN, ROOT, request } from '../bench/servers';
import { actionId, callAction, sandboxCall, signIn, signOut } from './http';

const PG_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BASE = Number(process.env.SCALE_PORT ?? 3310);
const PORTS = [BASE, BASE + 1];
const PROXY = BASE + 2;
const DATA = path.join(ROOT, `data/scale-${process.pid}`);
const SCHEMA = `scale_${randomBytes(4).toString('hex')}`;
const PASSWORD = process.env.DEMO_OWNER_PASSWORD ?? 'Owner-demo-1234';
const servers: ChildProcess[] = [];
let proxy: http.Server | null = null;
const results: { name: string; ok: boolean; detail?: string }[] = [];

function dbUrl(): string {
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${SCHEMA}`);
  return u.toString();
}

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function startInstance(port: number, encryptionKey: string) {
  const child = spawn(NEXT_BIN, ['start', '-p', String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: DIST,
      PARTNER_API_MODE: 'sandbox',
      DATA_DIR: DATA,
      DATABASE_URL: dbUrl(),
      // Every instance of one deployment shares these (server actions' closures are encrypted).
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: encryptionKey,
      // The proxy below is the one trusted hop: it sets X-Forwarded-For to the caller's address.
      TRUSTED_PROXY_HOPS: '1',
      LOG_LEVEL: 'warn',
    },
  });
  servers.push(child);
}

async function waitUp(port: number) {
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    try {
      if ((await request(port, '/api/health')).status === 200) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance on :${port} did not come up`);
}

/** Round-robin loopback proxy; overwrites X-Forwarded-For like a real reverse proxy must. */
function startProxy(): Promise<void> {
  let next = 0;
  proxy = http.createServer((req, res) => {
    const port = PORTS[next++ % PORTS.length];
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '127.0.0.1' },
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return new Promise((r) => proxy?.listen(PROXY, '127.0.0.1', () => r()));
}

async function check(name: string, fn: () => Promise<string | undefined>) {
  try {
    const detail = await fn();
    results.push({ name, ok: true, detail });
    console.log(`  PASS  ${name}${detail ? ` (${detail})` : ''}`);
  } catch (err) {
    results.push({ name, ok: false, detail: (err as Error).message });
    console.log(`  FAIL  ${name}: ${(err as Error).message}`);
  }
}

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

// The instances use PARTNER_API_KEY when it is set (npm test sets a canary), else the key they
// generated into DATA_DIR.
const key = () =>
  process.env.PARTNER_API_KEY ||
  (JSON.parse(readFileSync(path.join(DATA, 'sandbox-secrets.json'), 'utf8')).partnerApiKey as string);

async function main() {
  if (!existsSync(path.join(ROOT, DIST, 'BUILD_ID'))) throw new Error(`no build in ${DIST}: run next build first`);
  await admin(`create schema ${SCHEMA}`);
  mkdirSync(DATA, { recursive: true });
  const encryptionKey = randomBytes(32).toString('base64');
  // One instance first: it migrates and seeds; the second then starts on the same data.
  startInstance(PORTS[0], encryptionKey);
  await waitUp(PORTS[0]);
  startInstance(PORTS[1], encryptionKey);
  await waitUp(PORTS[1]);
  await startProxy();
  console.log(`two instances on :${PORTS.join(' and :')}, proxy on :${PROXY}, PostgreSQL schema ${SCHEMA}`);
  process.env.E2E_BASE_URL = `http://localhost:${PROXY}`;
  process.env.PARTNER_API_KEY = key();
  const { createSandboxClient } = await import('../../e2e/support/sandbox-client');
  const [a, b] = PORTS;

  await check('a session made on one instance works on the other; signing out on one ends it on both', async () => {
    const s = await signIn(a, 'admin@demo.test', PASSWORD);
    assert(s.cookie, `sign-in failed: ${s.location}`);
    for (const port of [a, b]) {
      const r = await request(port, '/dashboard', { headers: { cookie: s.cookie } });
      assert(r.status === 200, `/dashboard on :${port} answered ${r.status} before sign-out`);
    }
    await signOut(a, s.cookie);
    const r = await request(b, '/dashboard', { headers: { cookie: s.cookie } });
    assert(r.status === 307 || r.status === 302 || r.status === 303, `old cookie on the other instance: ${r.status}`);
    assert(String(r.headers.location).includes('/sign-in'), `redirected to ${r.headers.location}`);
    return undefined;
  });

  await check('the sign-in throttle counts failures made on either instance', async () => {
    let throttledAt = 0;
    for (let i = 1; i <= 16 && !throttledAt; i++) {
      const r = await signIn(i % 2 ? a : b, 'viewer@demo.test', 'wrong-password-1');
      if (/throttled/.test(decodeURIComponent(r.location))) throttledAt = i;
    }
    assert(throttledAt > 0, 'never throttled after 16 failures spread over both instances');
    return `throttled at failure ${throttledAt}, alternating instances`;
  });

  await check(
    'a credit submitted twice with one key, once to each instance at the same time, happens once',
    async () => {
      const client = await createSandboxClient({ name: 'Scale credit' });
      const s = await signIn(a, 'owner@demo.test', PASSWORD);
      assert(s.cookie, 'owner sign-in failed');
      const id = actionId('lib/wallet/actions.ts', 'addClientCredits');
      const input = { client_id: client.clientId, amount: '1234.50', key: randomUUID() };
      const answers = await Promise.all([a, b, a, b].map((port) => callAction(port, s.cookie ?? '', id, input)));
      assert(
        answers.every((x) => x.status === 200),
        `statuses ${answers.map((x) => x.status)}`,
      );
      const ledger = await sandboxCall<{ items: { type: string }[]; total: number }>(a, key(), 'wallet_transactions', {
        client_id: client.clientId,
        limit: '100',
      });
      const credits = ledger.items.filter((t) => t.type === 'credit').length;
      assert(credits === 1, `${credits} credits in the ledger`);
      return `${answers.filter((x) => x.ok).length} answers ok, 1 ledger row`;
    },
  );

  await check('a status change made on one instance shows in the clients list on the other at once', async () => {
    const client = await createSandboxClient({ name: 'Scale status' });
    const s = await signIn(a, 'owner@demo.test', PASSWORD);
    assert(s.cookie, 'owner sign-in failed');
    const q = `/clients?q=${encodeURIComponent(client.clientId)}&status=inactive`;
    const before = await request(b, q, { headers: { cookie: s.cookie } });
    assert(!before.body.toString().includes(client.name), 'listed as inactive before the change');
    const r = await callAction(a, s.cookie, actionId('lib/clients/actions.ts', 'updateClientStatus'), {
      client_id: client.clientId,
      status: 'inactive',
      reason: 'Two-instance check',
    });
    assert(r.ok, `update failed: ${r.text.slice(0, 200)}`);
    const after = await request(b, q, { headers: { cookie: s.cookie } });
    assert(after.body.toString().includes(client.name), 'the other instance does not list it as inactive');
    return undefined;
  });

  await check('a page rendered by one instance submits its action to the other', async () => {
    const s = await signIn(b, 'owner@demo.test', PASSWORD);
    assert(s.cookie, 'owner sign-in failed');
    const page = await request(a, '/settings/brand', { headers: { cookie: s.cookie } });
    assert(page.status === 200, `/settings/brand on :${a} answered ${page.status}`);
    // The brand form's action, by the id the page's JavaScript carries (the build's manifest).
    const id = actionId('lib/brand/actions.ts', 'updateBrand');
    const r = await callAction(b, s.cookie, id, { primary_color: 'not a colour' }, '/settings/brand');
    // The other instance knows the action and runs the pipeline: the bad field is refused by name.
    assert(
      r.status === 200 && r.result?.ok === false && r.result.fieldErrors,
      `answered ${r.status}: ${r.text.slice(0, 200)}`,
    );
    return undefined;
  });

  await check('signup limits per email hold across instances', async () => {
    const id = actionId('lib/onboarding/actions-public.ts', 'publicStep');
    const email = `scale-${Date.now()}@limit.test`;
    let refusedAt = 0;
    for (let i = 1; i <= 8 && !refusedAt; i++) {
      const input = {
        name: 'Scale Limit',
        email,
        mobile: `98${String(Date.now() + i).slice(-8)}`,
        password: 'Scale-limit-123',
        confirmPassword: 'Scale-limit-123',
      };
      // Each attempt is a new browser (no draft cookie), as an abuser scripting signups would be.
      const r = await callAction(i % 2 ? a : b, '', id, { ...input, op: 'start' }, '/signup');
      if (/too many|try again (later|in)/i.test(r.result?.message ?? '')) refusedAt = i;
    }
    assert(refusedAt > 0, 'never limited after 8 signups naming one email on two instances');
    return `refused at attempt ${refusedAt}`;
  });
}

async function cleanup() {
  proxy?.close();
  for (const s of servers) {
    try {
      if (s.pid) process.kill(-s.pid, 'SIGTERM');
    } catch {
      // gone
    }
  }
  await new Promise((r) => setTimeout(r, 1000));
  rmSync(DATA, { recursive: true, force: true });
  await admin(`drop schema if exists ${SCHEMA} cascade`).catch(() => undefined);
}

const timer = setTimeout(() => {
  console.error('test:scale: 5-minute limit reached');
  void cleanup().then(() => process.exit(2));
}, 5 * 60_000);

main()
  .catch((err) => {
    results.push({ name: 'setup', ok: false, detail: (err as Error).message });
    console.error(err);
  })
  .finally(async () => {
    clearTimeout(timer);
    await cleanup();
    const failed = results.filter((r) => !r.ok).length;
    console.log(`${results.length - failed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  });
