import type { Kysely } from 'kysely';

// Why a client is active or inactive, and who set it: upstream's update_status has no field for
// a reason, so the portal keeps the latest one per client (the history stays in audit_log).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('client_status_notes')
    .addColumn('client_id', 'text', (c) => c.primaryKey())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('set_by_user_id', 'text')
    .addColumn('set_by_email', 'text')
    .addColumn('set_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('client_status_notes').execute();
}
