import { randomBytes } from 'node:crypto';
import { createDb, type DB } from '@/lib/db';

/**
 * The database legs of an integration test: SQLite in memory always, PostgreSQL in a throwaway
 * schema of TEST_DATABASE_URL (default: the local `test` database) when it can be reached; the
 * PostgreSQL leg is skipped, saying so, only when it cannot. Call `dropLegs()` in afterAll.
 */
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function dbLegs(): Promise<{ legs: Array<[string, () => Promise<DB>]>; dropLegs: () => Promise<void> }> {
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  const legs: Array<[string, () => Promise<DB>]> = [['sqlite', () => createDb({ kind: 'sqlite', file: ':memory:' })]];
  try {
    await admin.connect();
  } catch (err) {
    console.warn(
      `PostgreSQL leg skipped: cannot reach ${PG_URL.replace(/\/\/[^@]*@/, '//')} (${(err as Error).message})`,
    );
    return { legs, dropLegs: async () => undefined };
  }
  const schema = `it_${randomBytes(4).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${schema}`);
  legs.push(['postgres', () => createDb({ kind: 'postgres', url: u.toString() })]);
  return {
    legs,
    dropLegs: async () => {
      const c = new pg.default.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
