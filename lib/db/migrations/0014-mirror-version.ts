import type { Kysely } from 'kysely';

/**
 * `mirror_state.version`: bumped whenever the rows of `clients_mirror` are rewritten (a full
 * refresh ends, one client's row is re-read). The billing overview keeps its last result per
 * process keyed by this number (lib/billing/overview.ts), so a view at 10,000 clients costs the
 * same two one-row reads as at 100 until the mirror or the spend summary changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('mirror_state')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mirror_state').dropColumn('version').execute();
}
