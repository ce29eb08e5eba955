import type { Kysely } from 'kysely';

// Portable DDL only (Kysely schema builder): runs unchanged on SQLite and PostgreSQL.
// Ids are text filled from sbx_counters; money is integer paise in bigint columns.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sbx_counters')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sbx_registrations')
    .ifNotExists()
    .addColumn('request_id', 'text', (c) => c.primaryKey())
    .addColumn('temp_client_id', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('mobile', 'text', (c) => c.notNull())
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('promo', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('pan', 'text')
    .addColumn('pan_name', 'text')
    .addColumn('pan_btype', 'text')
    .addColumn('aadhaar_last4', 'text')
    .addColumn('aadhaar_name', 'text')
    .addColumn('aadhaar_ref', 'text')
    .addColumn('gst_num', 'text')
    .addColumn('gst_legal_name', 'text')
    .addColumn('gst_state', 'text')
    .addColumn('gst_skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('signed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('client_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sbx_registrations_email')
    .ifNotExists()
    .on('sbx_registrations')
    .column('email')
    .execute();
  await db.schema
    .createIndex('sbx_registrations_mobile')
    .ifNotExists()
    .on('sbx_registrations')
    .column('mobile')
    .execute();
  await db.schema
    .createIndex('sbx_registrations_client')
    .ifNotExists()
    .on('sbx_registrations')
    .column('client_id')
    .execute();

  await db.schema
    .createTable('sbx_otps')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consumed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sbx_otps_request')
    .ifNotExists()
    .on('sbx_otps')
    .columns(['request_id', 'purpose', 'channel'])
    .execute();

  await db.schema
    .createTable('sbx_inbox')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sbx_inbox_recipient')
    .ifNotExists()
    .on('sbx_inbox')
    .columns(['recipient', 'sent_at'])
    .execute();

  await db.schema
    .createTable('sbx_clients')
    .ifNotExists()
    .addColumn('client_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('mobile', 'text', (c) => c.notNull())
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('valid_till', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('kyc', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sbx_clients_email').ifNotExists().on('sbx_clients').column('email').execute();
  await db.schema.createIndex('sbx_clients_mobile').ifNotExists().on('sbx_clients').column('mobile').execute();

  await db.schema
    .createTable('sbx_dids')
    .ifNotExists()
    .addColumn('number', 'text', (c) => c.primaryKey())
    .addColumn('national', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addColumn('setup_cost', 'bigint', (c) => c.notNull())
    .addColumn('monthly_cost', 'bigint', (c) => c.notNull())
    .addColumn('client_id', 'text')
    .addColumn('did_id', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('flow_id', 'text')
    .addColumn('agent_ext', 'text')
    .addColumn('purchased_at', 'text')
    .execute();
  await db.schema.createIndex('sbx_dids_client').ifNotExists().on('sbx_dids').column('client_id').execute();
  await db.schema
    .createIndex('sbx_dids_region')
    .ifNotExists()
    .on('sbx_dids')
    .columns(['region_id', 'status'])
    .execute();

  await db.schema
    .createTable('sbx_wallet_transactions')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('expense_type', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('balance_after', 'bigint', (c) => c.notNull())
    .addColumn('did', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sbx_wallet_client_created')
    .ifNotExists()
    .on('sbx_wallet_transactions')
    .columns(['client_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('sbx_faults')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('ms', 'integer')
    .addColumn('remaining', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sbx_schedules')
    .ifNotExists()
    .addColumn('owner_kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('working_hours', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sbx_schedules_pk', ['owner_kind', 'owner_id'])
    .execute();

  await db.schema
    .createTable('sbx_holidays')
    .ifNotExists()
    .addColumn('holiday_id', 'text', (c) => c.primaryKey())
    .addColumn('owner_kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sbx_holidays_owner')
    .ifNotExists()
    .on('sbx_holidays')
    .columns(['owner_kind', 'owner_id'])
    .execute();
}

const TABLES = [
  'sbx_holidays',
  'sbx_schedules',
  'sbx_faults',
  'sbx_wallet_transactions',
  'sbx_dids',
  'sbx_clients',
  'sbx_inbox',
  'sbx_otps',
  'sbx_registrations',
  'sbx_counters',
];

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of TABLES) await db.schema.dropTable(t).ifExists().execute();
}
