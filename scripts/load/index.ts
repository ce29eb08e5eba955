/**
 * `npm run test:load` — 50 concurrent signed-in users for 60 s against a production build (one
 * `next start` on a fresh SQLite data dir): list clients, open a client, search numbers, buy,
 * add credits, change schedules, mixed at random. Reports p50/p95/p99 per operation and checks
 * afterwards that there were 0 errors, that every successful mutation has exactly one audit row,
 * and that each client's numbers and ledger match what was bought and credited.
 * Options via env: LOAD_USERS (50), LOAD_SECONDS (60), LOAD_PORT (3340). Needs a build.
 * Writes bench-results/load-<time>.md.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DIST, pct, ROOT, request, start, stop, target, waitUp } from '../bench/servers';
import { actionId, callAction, sandboxCall, signIn } from '../scale/http';

const USERS = Number(process.env.LOAD_USERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const t = target('load', 100, 0, Number(process.env.LOAD_PORT ?? 3340));
const PASSWORD = process.env.DEMO_OWNER_PASSWORD ?? 'Owner-demo-1234';
const CLIENTS = 10;

type Op = 'list' | 'open' | 'search' | 'buy' | 'credit' | 'schedule';
const MIX: [Op, number][] = [
  ['list', 30],
  ['open', 20],
  ['search', 20],
  ['buy', 10],
  ['credit', 10],
  ['schedule', 10],
];
const times = new Map<Op, number[]>();
const errors: string[] = [];
const done = { buy: new Map<string, number>(), credit: new Map<string, number>(), schedule: 0 };
const creditedPaise = new Map<string, number>();

function pick(): Op {
  let n = Math.random() * 100;
  for (const [op, w] of MIX) {
    n -= w;
    if (n < 0) return op;
  }
  return 'list';
}

// The server uses PARTNER_API_KEY when it is set, else the key it generated into its data dir.
const key = () =>
  process.env.PARTNER_API_KEY ||
  (JSON.parse(readFileSync(path.join(t.dataDir, 'sandbox-secrets.json'), 'utf8')).partnerApiKey as string);

async function user(cookie: string, clients: string[], until: number) {
  const ids = {
    buy: actionId('lib/numbers/actions.ts', 'buyNumber'),
    credit: actionId('lib/wallet/actions.ts', 'addClientCredits'),
    schedule: actionId('lib/numbers/actions.ts', 'saveDidSchedule'),
  };
  while (Date.now() < until) {
    const op = pick();
    const client = clients[Math.floor(Math.random() * clients.length)];
    const started = performance.now();
    try {
      if (op === 'list' || op === 'open' || op === 'search') {
        const p =
          op === 'list'
            ? `/clients?page=${1 + Math.floor(Math.random() * 4)}`
            : op === 'open'
              ? `/clients/${client}`
              : `/clients/${client}/numbers/search?region=1&digits=${Math.floor(Math.random() * 90) + 10}&mode=contains`;
        const r = await request(t.port, p, { headers: { cookie } });
        if (r.status !== 200) errors.push(`${op} ${p}: ${r.status}`);
      } else if (op === 'buy') {
        const found = await sandboxCall<{ number: string }[]>(t.port, key(), 'search_dids', {
          client_id: client,
          country_code: '+91',
          pattern: String(Math.floor(Math.random() * 90) + 10),
          search_pattern: 'contains',
        });
        const number = found[Math.floor(Math.random() * found.length)]?.number;
        if (number) {
          const r = await callAction(t.port, cookie, ids.buy, { client_id: client, number, key: randomUUID() });
          if (r.status !== 200 || !r.result) errors.push(`buy: ${r.status} ${r.text.slice(0, 120)}`);
          else if (r.ok) done.buy.set(client, (done.buy.get(client) ?? 0) + 1);
          else if (/Something went wrong|reference/i.test(r.result.message ?? ''))
            errors.push(`buy: ${r.result.message}`);
        }
      } else if (op === 'credit') {
        const rupees = 1 + Math.floor(Math.random() * 500);
        const r = await callAction(t.port, cookie, ids.credit, {
          client_id: client,
          amount: String(rupees),
          key: randomUUID(),
        });
        if (r.status !== 200 || !r.result) errors.push(`credit: ${r.status} ${r.text.slice(0, 120)}`);
        else if (r.ok) {
          done.credit.set(client, (done.credit.get(client) ?? 0) + 1);
          creditedPaise.set(client, (creditedPaise.get(client) ?? 0) + rupees * 100);
        } else errors.push(`credit refused: ${r.result.message}`);
      } else {
        const dids = await sandboxCall<{ did_id: string }[]>(t.port, key(), `client_dids/${client}`);
        const did = dids[0]?.did_id;
        if (did) {
          const open = `0${8 + Math.floor(Math.random() * 2)}:00`;
          const r = await callAction(t.port, cookie, ids.schedule, {
            client_id: client,
            did_id: String(did),
            timezone: 'Asia/Kolkata',
            working_hours: { mon: { open, close: '18:00' }, tue: { open, close: '18:00' } },
          });
          if (!r.ok) errors.push(`schedule: ${r.status} ${r.result?.message ?? r.text.slice(0, 120)}`);
          else done.schedule += 1;
        }
      }
    } catch (err) {
      errors.push(`${op}: ${(err as Error).message}`);
    }
    times.set(op, [...(times.get(op) ?? []), performance.now() - started]);
  }
}

/** Every transaction of a client: upstream pages at most 100 at a time. */
async function wholeLedger(client: string) {
  const items: { type: string }[] = [];
  for (let page = 1; ; page++) {
    const r = await sandboxCall<{ items: { type: string }[]; total: number }>(t.port, key(), 'wallet_transactions', {
      client_id: client,
      limit: '100',
      page: String(page),
    });
    items.push(...r.items);
    if (items.length >= r.total || r.items.length === 0) return items;
  }
}

async function main() {
  if (!existsSync(path.join(ROOT, DIST, 'BUILD_ID'))) throw new Error(`no build in ${DIST}: run next build first`);
  rmSync(t.dataDir, { recursive: true, force: true });
  mkdirSync(t.dataDir, { recursive: true });
  start(t);
  await waitUp(t);
  process.env.E2E_BASE_URL = `http://localhost:${t.port}`;
  process.env.PARTNER_API_KEY = key();
  const { createSandboxClient } = await import('../../e2e/support/sandbox-client');
  const clients: string[] = [];
  for (let i = 0; i < CLIENTS; i++)
    clients.push((await createSandboxClient({ name: 'Load', credits: 1_000_000 })).clientId);
  // Each client starts with one number (so schedules have something to change) and one credit.
  const before = new Map<string, { dids: number; credits: number }>();
  for (const c of clients) {
    const [first] = await sandboxCall<{ number: string }[]>(t.port, key(), 'search_dids', {
      client_id: c,
      country_code: '+91',
    });
    await sandboxCall(t.port, key(), 'buy_did', { client_id: c, number: first.number, country: 'IN' });
    before.set(c, { dids: 1, credits: 1 });
  }
  const cookies: string[] = [];
  for (let i = 0; i < USERS; i++) {
    const s = await signIn(t.port, 'owner@demo.test', PASSWORD);
    if (!s.cookie) throw new Error(`sign-in ${i + 1} failed: ${s.location}`);
    cookies.push(s.cookie);
  }
  console.log(`${USERS} users signed in; ${CLIENTS} fresh clients; running ${SECONDS} s`);
  const until = Date.now() + SECONDS * 1000;
  await Promise.all(cookies.map((c) => user(c, clients, until)));

  // Afterwards: the audit log and upstream state must agree with what succeeded.
  const db = new Database(path.join(t.dataDir, 'portal.db'), { readonly: true });
  const audited = (action: string, client: string) =>
    (
      db
        .prepare("select count(*) as n from audit_log where action = ? and client_id = ? and outcome = 'ok'")
        .get(action, client) as { n: number }
    ).n;
  const checks: { name: string; ok: boolean }[] = [];
  checks.push({ name: `0 errors (${errors.length})`, ok: errors.length === 0 });
  for (const c of clients) {
    const dids = (await sandboxCall<unknown[]>(t.port, key(), `client_dids/${c}`)).length;
    const ledger = await wholeLedger(c);
    const recharges = ledger.filter((x) => x.type === 'credit').length - (before.get(c)?.credits ?? 0);
    const bought = done.buy.get(c) ?? 0;
    const credited = done.credit.get(c) ?? 0;
    const had = before.get(c)?.dids ?? 0;
    checks.push({ name: `${c}: ${dids} numbers = ${had} + ${bought} bought`, ok: dids === had + bought });
    checks.push({ name: `${c}: ${recharges} ledger credits = ${credited} credited`, ok: recharges === credited });
    checks.push({
      name: `${c}: audit rows for buys (${audited('numbers.buy', c)})`,
      ok: audited('numbers.buy', c) === bought,
    });
    checks.push({
      name: `${c}: audit rows for credits (${audited('wallet.add-credits', c)})`,
      ok: audited('wallet.add-credits', c) === credited,
    });
  }
  db.close();

  const out: string[] = [
    `# Load ${new Date().toISOString()}`,
    '',
    `${USERS} signed-in users for ${SECONDS} s against one \`next start\` (${DIST}, SQLite), ${CLIENTS} fresh clients.`,
    '',
    '| operation | count | p50 ms | p95 ms | p99 ms |',
    '|---|---:|---:|---:|---:|',
  ];
  const all = [...times.values()].flat();
  for (const [op, list] of [...times, ['all', all] as [string, number[]]]) {
    out.push(
      `| ${op} | ${list.length} | ${pct(list, 50).toFixed(0)} | ${pct(list, 95).toFixed(0)} | ${pct(list, 99).toFixed(0)} |`,
    );
  }
  out.push(
    '',
    `${(all.length / SECONDS).toFixed(1)} operations/s; succeeded: ${[...done.buy.values()].reduce((a, b) => a + b, 0)} buys, ${[...done.credit.values()].reduce((a, b) => a + b, 0)} credits, ${done.schedule} schedules`,
  );
  for (const e of errors.slice(0, 10)) out.push(`- error: ${e}`);
  for (const c of checks) if (!c.ok) out.push(`- FAIL ${c.name}`);
  const failed = checks.filter((c) => !c.ok).length;
  out.push('', `${checks.length - failed} checks passed, ${failed} failed`);
  const dir = path.join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `load-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
  writeFileSync(file, `${out.join('\n')}\n`);
  console.log(`\n${out.join('\n')}\nwritten to ${path.relative(ROOT, file)}`);
  return failed === 0;
}

main()
  .then(async (ok) => {
    await stop(t);
    rmSync(t.dataDir, { recursive: true, force: true });
    process.exit(ok ? 0 : 1);
  })
  .catch(async (err) => {
    console.error(err);
    await stop(t);
    process.exit(1);
  });
