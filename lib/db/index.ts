import 'server-only';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
} from 'kysely';
import { type Env, env } from '@/lib/env';
import { migrations } from './migrations';
import type { Database } from './schema';

export type { Database } from './schema';
export type DB = Kysely<Database>;

/**
 * One code path for both databases: Kysely builds the SQL, the dialect is chosen from
 * DATABASE_URL. Drivers are loaded lazily so a PostgreSQL deployment never loads the
 * native SQLite module and vice versa.
 */
export async function createDb(
  config: Env['database'],
  /** The server's own database: WAL checkpoints on a worker thread (./checkpointer.ts). */
  opts: { checkpointOffThread?: boolean } = {},
): Promise<DB> {
  if (config.kind === 'postgres') {
    const pg = await import('pg');
    // int8 (COUNT, SUM, bigint paise) arrives as a string by default; our values fit a JS number.
    pg.default.types.setTypeParser(20, (v: string) => Number.parseInt(v, 10));
    pg.default.types.setTypeParser(1700, (v: string) => Number.parseFloat(v));
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.default.Pool({ connectionString: config.url, max: 10 }) }),
    });
  }
  const { default: SQLite } = await import('better-sqlite3');
  const { mkdirSync } = await import('node:fs');
  const path = await import('node:path');
  if (config.file !== ':memory:') mkdirSync(path.dirname(config.file), { recursive: true });
  const sqlite = new SQLite(config.file === ':memory:' ? ':memory:' : config.file);
  // WAL lets page reads proceed while a write is in flight; busy_timeout queues writers
  // from concurrent requests instead of failing them with SQLITE_BUSY.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  // WAL's recommended setting: commits no longer fsync (a power cut may lose the last ones; the
  // file stays consistent). With FULL, each of a mirror refresh's 100 commits waited for the
  // disk on the event loop: bench page hits at 10,000 clients went 78 -> 35 ms. Deployments that
  // need every commit on disk use PostgreSQL (README "Deployment shape").
  sqlite.pragma('synchronous = NORMAL');
  if (opts.checkpointOffThread && config.file !== ':memory:') {
    const { checkpointOffThread } = await import('./checkpointer');
    checkpointOffThread(sqlite, config.file);
  }
  sqlite.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
}

/**
 * SQLite transactions that take the write lock when they begin (`BEGIN IMMEDIATE`), not at their
 * first write. The server's file has a second writer: the clients-mirror refresh worker
 * (lib/clients/mirror-thread.ts) has a connection of its own. A deferred transaction that read,
 * then wrote after that connection had committed, failed at once with SQLITE_BUSY (its snapshot
 * was stale; busy_timeout cannot help): seen once in the e2e run as a 500 from the sandbox's
 * accept_kyc. Taking the lock first makes it wait (busy_timeout) like any other write.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

// Takes any Kysely over the connection: the sandbox's view of it (lib/sandbox/schema.ts) too.
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  // Unordered: numbers are handed out to parallel work, so a lower number (0010) may land after
  // higher ones (0011, 0012) already ran on a database; each still runs exactly once.
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

const g = globalThis as unknown as { __portalDb?: Promise<DB> };

/** The process-wide database, migrated on first use. */
export function getDb(): Promise<DB> {
  g.__portalDb ??= (async () => {
    const db = await createDb(env().database, { checkpointOffThread: true });
    await migrateToLatest(db);
    return db;
  })();
  return g.__portalDb;
}

export const nowIso = () => new Date().toISOString();
