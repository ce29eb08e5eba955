import type { Kysely } from 'kysely';

/**
 * The portal's mirror of upstream's `clients` list (issue 15): upstream answers every client in
 * one unpaged list, so the portal keeps a copy it can search, filter, sort and page in SQL with
 * indexes, refreshed in the background by one instance at a time (the lease in `mirror_state`).
 * Times are normalised ISO text (sortable as text on both dialects); money in integer paise.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clients_mirror')
    .addColumn('client_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('mobile', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('balance_paise', 'bigint', (c) => c.notNull())
    .addColumn('valid_till', 'text')
    .addColumn('valid_till_iso', 'text')
    .addColumn('created_at', 'text')
    .addColumn('created_at_iso', 'text')
    // Lower-cased "name\nemail\nmobile\nid" and the mobile's digits, for LIKE searches.
    .addColumn('haystack', 'text', (c) => c.notNull())
    .addColumn('mobile_digits', 'text', (c) => c.notNull())
    // Lower-cased name with digit runs zero-padded: "client 9" sorts before "client 10".
    .addColumn('sort_name', 'text', (c) => c.notNull())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .execute();
  for (const col of ['sort_name', 'balance_paise', 'valid_till_iso', 'created_at_iso'] as const) {
    await db.schema.createIndex(`clients_mirror_${col}`).on('clients_mirror').columns([col, 'client_id']).execute();
  }
  await db.schema.createIndex('clients_mirror_active').on('clients_mirror').column('active').execute();

  await db.schema
    .createTable('mirror_state')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('generation', 'integer', (c) => c.notNull())
    // Null: never loaded, or invalidated by a change (the next read waits for a refresh).
    .addColumn('refreshed_at', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('lease_owner', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mirror_state').execute();
  await db.schema.dropTable('clients_mirror').execute();
}
