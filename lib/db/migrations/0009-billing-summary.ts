import type { Kysely } from 'kysely';

/**
 * The billing overview's summary (issue 12): spend per client, kept by the portal so the
 * overview never fetches every client's transactions on a page view. Balances, validity and
 * status come from `clients_mirror`; this adds what only the ledgers know. Refreshed in the
 * background or on demand by one instance at a time (the lease in `billing_state`).
 * Money in integer paise; times ISO text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('billing_spend')
    .addColumn('client_id', 'text', (c) => c.primaryKey())
    .addColumn('month_paise', 'bigint', (c) => c.notNull())
    .addColumn('last_month_paise', 'bigint', (c) => c.notNull())
    .addColumn('last30_paise', 'bigint', (c) => c.notNull())
    .addColumn('last_spend_at', 'text')
    .addColumn('refreshed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('billing_spend_last30')
    .on('billing_spend')
    .columns(['last30_paise', 'client_id'])
    .execute();

  await db.schema
    .createTable('billing_state')
    .addColumn('name', 'text', (c) => c.primaryKey())
    // When the last complete refresh finished (null: never).
    .addColumn('refreshed_at', 'text')
    // The month the month/last-month columns were computed for (YYYY-MM, UTC).
    .addColumn('month', 'text')
    .addColumn('clients', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_until', 'text')
    .addColumn('lease_owner', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('billing_state').execute();
  await db.schema.dropTable('billing_spend').execute();
}
