import type { Kysely } from 'kysely';

// Portable DDL only (SQLite and PostgreSQL): text ids and ISO times, 0/1 integers.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('onboarding_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('temp_client_id', 'text')
    .addColumn('request_id', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('mobile', 'text')
    .addColumn('promo', 'text')
    .addColumn('otp_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('btype', 'text')
    .addColumn('pan_masked', 'text')
    .addColumn('pan_name', 'text')
    .addColumn('aadhaar_last4', 'text')
    .addColumn('aadhaar_ref', 'text')
    .addColumn('aadhaar_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('gst_num', 'text')
    .addColumn('gst_state', 'text')
    .addColumn('gst_legal_name', 'text')
    .addColumn('gst_skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reviewed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('password_hash', 'text')
    .addColumn('signature_data_url', 'text')
    .addColumn('terms_accepted_at', 'text')
    .addColumn('client_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('resume_token_hash', 'text')
    .addColumn('resume_expires_at', 'text')
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('onboarding_drafts_temp').on('onboarding_drafts').column('temp_client_id').execute();
  await db.schema.createIndex('onboarding_drafts_request').on('onboarding_drafts').column('request_id').execute();
  await db.schema
    .createIndex('onboarding_drafts_resume')
    .on('onboarding_drafts')
    .column('resume_token_hash')
    .unique()
    .execute();

  await db.schema
    .createTable('onboarding_rate_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('onboarding_rate_events_lookup')
    .on('onboarding_rate_events')
    .columns(['bucket', 'key', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('onboarding_rate_events').ifExists().execute();
  await db.schema.dropTable('onboarding_drafts').ifExists().execute();
}
