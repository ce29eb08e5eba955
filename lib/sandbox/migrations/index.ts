import { type Kysely, type Migration, Migrator } from 'kysely';
import * as core from './0001-sandbox-core';
import * as ops from './0002-sandbox-ops';
import * as faultScope from './0003-sandbox-fault-scope';

/**
 * The sandbox emulator's own tables, created by its own migrations with their own bookkeeping
 * table (`sbx_migrations`), and run only where the sandbox runs (sandbox mode, tests): a live
 * deployment never gets `sbx_*` tables. Names are permanent: never rename or reorder.
 *
 * Databases made before the split ran these as the portal's `0002-sandbox-core` and
 * `0003-sandbox-ops` (those names stay in the portal's list as no-ops): every statement here is
 * `IF NOT EXISTS`, so on such a database the first run only records them.
 */
export const sandboxMigrations: Record<string, Migration> = {
  '0001-sandbox-core': core,
  '0002-sandbox-ops': ops,
  '0003-sandbox-fault-scope': faultScope,
};

export const SANDBOX_MIGRATION_TABLE = 'sbx_migrations';

const done = new WeakMap<object, Promise<void>>();

/** Brings the sandbox's tables up to date; once per database handle (later calls share it). */
// biome-ignore lint/suspicious/noExplicitAny: any database type that holds the sandbox tables
export function migrateSandbox(db: Kysely<any>): Promise<void> {
  let p = done.get(db);
  if (!p) {
    p = (async () => {
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => sandboxMigrations },
        migrationTableName: SANDBOX_MIGRATION_TABLE,
        migrationLockTableName: `${SANDBOX_MIGRATION_TABLE}_lock`,
      });
      const { error, results } = await migrator.migrateToLatest();
      const failed = results?.find((r) => r.status === 'Error');
      if (error || failed) throw new Error(`Sandbox migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
    })();
    // A failed run is not remembered: the next caller tries again.
    p.catch(() => done.delete(db));
    done.set(db, p);
  }
  return p;
}
