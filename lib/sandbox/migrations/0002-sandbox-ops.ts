import { type Kysely, sql } from 'kysely';

// Portable DDL only: Kysely's schema builder emits the right SQL for SQLite and PostgreSQL.
// Agent extension/email are unique among *active* agents only (partial indexes, supported by
// both): soft-deleted agents keep their rows and must not block reuse. The handlers check
// first for a friendly 409; the indexes close the race between two concurrent adds.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sbx_agents')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phonenumber', 'text', (c) => c.notNull())
    .addColumn('extension', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('reporting_manager', 'text')
    .addColumn('manager', 'text')
    .addColumn('is_webrtc', 'text')
    .addColumn('dial_preference', 'text')
    .addColumn('did_num', 'text')
    .addColumn('permission_group', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('available', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('on_call', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const col of ['extension', 'email']) {
    await db.schema
      .createIndex(`sbx_agents_active_${col}`)
      .ifNotExists()
      .on('sbx_agents')
      .columns(['client_id', col])
      .unique()
      .where(sql.ref('status'), '=', '1')
      .execute();
  }

  await db.schema
    .createTable('sbx_flows')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('flow_name', 'text', (c) => c.notNull())
    .addColumn('agent_ext', 'text', (c) => c.notNull())
    .addColumn('did_no', 'text')
    .addColumn('recording_id', 'text')
    .addColumn('transfer_to', 'text')
    .addColumn('wss_bot_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sbx_flows_client').ifNotExists().on('sbx_flows').column('client_id').execute();

  await db.schema
    .createTable('sbx_bots')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('bot_name', 'text', (c) => c.notNull())
    .addColumn('to_be_used', 'text', (c) => c.notNull())
    .addColumn('api_url', 'text')
    .addColumn('wss_url', 'text')
    .addColumn('wss_header', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sbx_bots_client').ifNotExists().on('sbx_bots').column('client_id').execute();

  await db.schema
    .createTable('sbx_whatsapp_dids')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('phone_number_id', 'text', (c) => c.notNull())
    .addColumn('access_token', 'text', (c) => c.notNull())
    .addColumn('display_number', 'text')
    .addColumn('verified_name', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sbx_whatsapp_dids_client_pnid')
    .ifNotExists()
    .on('sbx_whatsapp_dids')
    .columns(['client_id', 'phone_number_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('sbx_masking_sessions')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('did_no', 'text', (c) => c.notNull())
    .addColumn('party_a', 'text', (c) => c.notNull())
    .addColumn('party_b', 'text', (c) => c.notNull())
    .addColumn('agent_ext', 'text')
    .addColumn('ttl_minutes', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('connected_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sbx_masking_sessions_client_created')
    .ifNotExists()
    .on('sbx_masking_sessions')
    .columns(['client_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('sbx_masking_events')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('leg', 'text', (c) => c.notNull())
    .addColumn('duration_s', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sbx_masking_events_session_seq')
    .ifNotExists()
    .on('sbx_masking_events')
    .columns(['session_id', 'seq'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'sbx_masking_events',
    'sbx_masking_sessions',
    'sbx_whatsapp_dids',
    'sbx_bots',
    'sbx_flows',
    'sbx_agents',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
