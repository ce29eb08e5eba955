import type { Kysely } from 'kysely';

// Portal-wide settings as validated key/value rows (lib/settings.ts owns the keys and defaults).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('portal_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('portal_settings').execute();
}
