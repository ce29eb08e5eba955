import type { Kysely } from 'kysely';

/**
 * Auth hardening (issue 9), portable DDL only:
 * - users.session_version: bumped by disable, password or role change and "sign out everywhere";
 *   a token carrying an older version is signed out.
 * - auth_sessions: one row per sign-in (the token's `sid`), so one session can be ended.
 * - rate_events, rate_keys: the one DB-backed rate limiter (lib/rate-limit.ts) for every bucket.
 * - sign_in_backoff: the per-account progressive delay (replaces the hard 15-minute lock).
 * - onboarding_drafts.resume_used_at: resume links are single-use.
 * - setup_claims: first-run setup's lock (instead of a row in the idempotency table).
 * The old per-feature tables (login_attempts, onboarding_rate_events) only held short-lived
 * counters and are replaced.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('session_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('auth_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('ip', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('auth_sessions_user').on('auth_sessions').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('rate_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_events_lookup').on('rate_events').columns(['bucket', 'key', 'at']).execute();
  await db.schema.createIndex('rate_events_at').on('rate_events').column('at').execute();
  // One row per limited key, updated first inside the limiter's transaction: the row lock
  // (PostgreSQL) or the write lock (SQLite) makes count-then-record atomic per key.
  await db.schema
    .createTable('rate_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('touched_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sign_in_backoff')
    .addColumn('account', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('onboarding_drafts').addColumn('resume_used_at', 'text').execute();

  // First-run setup claims its one row inside the transaction that creates the first owner:
  // the primary key makes two simultaneous setups create one owner.
  await db.schema
    .createTable('setup_claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.dropTable('login_attempts').ifExists().execute();
  await db.schema.dropTable('onboarding_rate_events').ifExists().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('onboarding_drafts').dropColumn('resume_used_at').execute();
  for (const t of ['setup_claims', 'sign_in_backoff', 'rate_keys', 'rate_events', 'auth_sessions'])
    await db.schema.dropTable(t).ifExists().execute();
  await db.schema.alterTable('users').dropColumn('session_version').execute();
}
