import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, migrateToLatest } from '@/lib/db';
import { migrations } from '@/lib/db/migrations';
import { asSandboxDb, type SandboxDB as DB } from '@/lib/sandbox/schema';
import * as core from './0001-sandbox-core';
import * as ops from './0002-sandbox-ops';
import { migrateSandbox, SANDBOX_MIGRATION_TABLE, sandboxMigrations } from './index';

let db: DB | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

async function tables(d: DB): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(d);
  return r.rows.map((x) => x.name);
}

describe('sandbox migrations', () => {
  it('the portal migrations alone (live mode) create no sbx_* table', async () => {
    db = asSandboxDb(await createDb({ kind: 'sqlite', file: ':memory:' }));
    await migrateToLatest(db);
    const names = await tables(db);
    expect(names).toContain('users');
    expect(names.filter((n) => n.startsWith('sbx_'))).toEqual([]);
  });

  it('the sandbox creates its own tables and records them in its own migration table', async () => {
    db = asSandboxDb(await createDb({ kind: 'sqlite', file: ':memory:' }));
    await migrateToLatest(db);
    await migrateSandbox(db);
    const names = await tables(db);
    expect(names).toEqual(expect.arrayContaining(['sbx_clients', 'sbx_agents', SANDBOX_MIGRATION_TABLE]));
    const done = await sql<{ name: string }>`select name from ${sql.table(SANDBOX_MIGRATION_TABLE)}`.execute(db);
    expect(done.rows.map((r) => r.name)).toEqual(Object.keys(sandboxMigrations));
    expect(done.rows.map((r) => r.name).slice(0, 2)).toEqual(['0001-sandbox-core', '0002-sandbox-ops']);
  });

  it('upgrades a database made before the split (sandbox tables ran as portal 0002/0003), keeping its data', async () => {
    db = asSandboxDb(await createDb({ kind: 'sqlite', file: ':memory:' }));
    // The portal list as it was: the same names, with the sandbox DDL in 0002 and 0003.
    const before = { ...migrations, '0002-sandbox-core': core, '0003-sandbox-ops': ops };
    const old = await new Migrator({ db, provider: { getMigrations: async () => before } }).migrateToLatest();
    expect(old.error).toBeUndefined();
    await db.insertInto('sbx_counters').values({ name: 'kept', value: 7 }).execute();

    await migrateToLatest(db);
    await migrateSandbox(db);
    const kept = await db.selectFrom('sbx_counters').select('value').where('name', '=', 'kept').executeTakeFirst();
    expect(Number(kept?.value)).toBe(7);
    const done = await sql<{ name: string }>`select name from ${sql.table(SANDBOX_MIGRATION_TABLE)}`.execute(db);
    expect(done.rows).toHaveLength(Object.keys(sandboxMigrations).length);
  });
});
