import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, migrateToLatest } from '@/lib/db';
import { migrateSandbox } from '@/lib/sandbox/migrations';
import { asSandboxDb, type SandboxDB as DB } from '@/lib/sandbox/schema';
import type { SandboxContext } from './core';
import { handlers } from './handlers';
import { seedSandbox } from './seed';

/**
 * The sandbox core on PostgreSQL (same Kysely code as SQLite): migration, seed, a purchase
 * and the ledger. Uses a throwaway schema in TEST_DATABASE_URL; skipped when unreachable.
 */
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
let db: DB | null = null;
let drop: (() => Promise<void>) | null = null;

beforeAll(async () => {
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (err) {
    console.warn(`PostgreSQL leg skipped: ${(err as Error).message}`);
    return;
  }
  const schema = `sbx_${randomBytes(4).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${schema}`);
  db = asSandboxDb(await createDb({ kind: 'postgres', url: u.toString() }));
  await migrateToLatest(db);
  await migrateSandbox(db);
  drop = async () => {
    const c = new pg.default.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`drop schema ${schema} cascade`);
    await c.end();
  };
});

afterAll(async () => {
  await db?.destroy();
  await drop?.();
});

describe('sandbox core on PostgreSQL', () => {
  it('seeds, buys a DID against the ledger and pages transactions', async (t) => {
    if (!db) return t.skip();
    const now = new Date('2025-08-01T10:00:00Z');
    const ctx: SandboxContext = { db, now: () => now, requestId: 'pg' };
    const call = async (name: string, body: Record<string, unknown> = {}, params: Record<string, string> = {}) =>
      (await handlers[name](ctx, body, params)).data as any;
    const seeded = await seedSandbox(db, { now, clients: 50, transactions: 500 });
    expect(seeded.demo).toBe(true);
    expect((await seedSandbox(db, { now })).demo).toBe(false);
    const [client] = seeded.demoClientIds;
    const before = (await call('wallet_balance', { client_id: client })).balance;
    const [did] = await call('search_dids', {
      client_id: client,
      country_code: '+91',
      pattern: '11',
      search_pattern: 'starts_with',
    });
    await call('buy_did', { client_id: client, number: did.number, country: 'IN' });
    const after = (await call('wallet_balance', { client_id: client })).balance;
    expect(after).toBeCloseTo(before - did.setup_cost, 2);
    const tx = await call('wallet_transactions', { client_id: client, limit: '5', expense_type: 'did_setup' });
    expect(tx.items[0]).toMatchObject({ did: did.number, type: 'debit' });
    expect((await call('clients')).length).toBe(56);
    expect((await call('pending')).length).toBe(6);
  });
});
