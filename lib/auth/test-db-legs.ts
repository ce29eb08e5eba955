import { randomBytes } from 'node:crypto';
import { createDb, type DB } from '@/lib/db';

/**
 * Test-only: the database legs of the auth and rate-limit integration tests: in-memory SQLite
 * always, PostgreSQL in a throwaway schema of TEST_DATABASE_URL (default: the local `test`
 * database) when reachable, skipped with a warning otherwise. Call `dropLegs()` in afterAll.
 */
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function authDbLegs(prefix: string) {
  const legs: Array<[string, () => Promise<DB>]> = [['sqlite', () => createDb({ kind: 'sqlite', file: ':memory:' })]];
  const pg = await import('pg');
  let schema: string | null = null;
  try {
    const admin = new pg.default.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    await admin.connect();
    schema = `${prefix}_${randomBytes(4).toString('hex')}`;
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const u = new URL(PG_URL);
    u.searchParams.set('options', `-c search_path=${schema}`);
    const url = u.toString();
    legs.push(['postgres', () => createDb({ kind: 'postgres', url })]);
  } catch (err) {
    console.warn(`PostgreSQL leg skipped: ${(err as Error).message}`);
  }
  const dropLegs = async () => {
    if (!schema) return;
    const c = new pg.default.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`drop schema ${schema} cascade`);
    await c.end();
  };
  return { legs, dropLegs };
}
