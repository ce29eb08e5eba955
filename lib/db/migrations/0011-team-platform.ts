import type { Kysely } from 'kysely';

/**
 * Team and platform (issue 13): one-time user links (invites, password resets), act-as
 * sessions, both identities on audit rows, and per-minute partner-call measurements.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Invites and password resets: only a SHA-256 of the token is stored; the link is shown once.
  await db.schema
    .createTable('user_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('user_tokens_email').on('user_tokens').column('email').execute();

  // A staff member opening a client's workspace: the cookie names a row, the row is the truth.
  await db.schema
    .createTable('acting_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();

  await db.schema.alterTable('audit_log').addColumn('acting_as_client_id', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('acting_session_id', 'text').execute();

  // Upstream latency per endpoint per minute; histogram buckets give percentiles across instances.
  await db.schema
    .createTable('partner_call_stats')
    .addColumn('minute', 'text', (c) => c.notNull())
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('grp', 'text', (c) => c.notNull())
    .addColumn('calls', 'integer', (c) => c.notNull())
    .addColumn('errors', 'integer', (c) => c.notNull())
    .addColumn('total_ms', 'integer', (c) => c.notNull())
    .addColumn('buckets', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('partner_call_stats_pk', ['minute', 'endpoint'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('partner_call_stats').execute();
  await db.schema.alterTable('audit_log').dropColumn('acting_session_id').execute();
  await db.schema.alterTable('audit_log').dropColumn('acting_as_client_id').execute();
  await db.schema.dropTable('acting_sessions').execute();
  await db.schema.dropTable('user_tokens').execute();
}
