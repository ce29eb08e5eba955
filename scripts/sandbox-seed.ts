/**
 * `npm run sandbox:seed -- --clients 10000 --transactions 100000`
 *
 * Seeds the sandbox database named by DATABASE_URL: the demo tenant if it is not there yet,
 * plus (when asked) a large tenant of bulk clients and wallet transactions for scale work.
 * Without flags it only ensures the demo data.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { asSandboxDb } from '@/lib/sandbox/schema';

// lib/db imports 'server-only', which only resolves outside React Server Components under the
// "react-server" condition: re-run this script with it rather than weaken the guard.
if (!process.execArgv.some((a) => a.includes('react-server'))) {
  const r = spawnSync(process.execPath, ['--conditions=react-server', ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}

function count(v: string | undefined, flag: string): number {
  if (v === undefined) return 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 10_000_000) {
    console.error(`--${flag} takes a whole number (got "${v}")`);
    process.exit(2);
  }
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: { clients: { type: 'string' }, transactions: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('Usage: npm run sandbox:seed -- [--clients N] [--transactions M]');
    return;
  }
  const clients = count(values.clients, 'clients');
  const transactions = count(values.transactions, 'transactions');
  if (transactions > 0 && clients === 0)
    console.warn('--transactions needs --clients: bulk transactions belong to bulk clients.');

  const { env } = await import('@/lib/env');
  const { createDb, migrateToLatest } = await import('@/lib/db');
  const { seedSandbox } = await import('@/lib/sandbox/seed');
  const e = env();
  if (e.mode === 'live') {
    console.error('PARTNER_API_MODE is live: the sandbox is not used, refusing to seed.');
    process.exit(1);
  }
  const db = await createDb(e.database);
  try {
    await migrateToLatest(db);
    const started = Date.now();
    const r = await seedSandbox(asSandboxDb(db), { clients, transactions });
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `${r.demo ? 'Demo data seeded' : 'Demo data already present'}; bulk: ${r.bulkClients} clients, ${r.bulkTransactions} transactions (${secs} s).`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
