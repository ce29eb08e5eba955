import type { Kysely } from 'kysely';

// A fault may name the client whose calls it hits (null: every caller), so tests running side by
// side each arm faults for their own client without taking or suffering each other's.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sbx_faults').addColumn('client_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sbx_faults').dropColumn('client_id').execute();
}
