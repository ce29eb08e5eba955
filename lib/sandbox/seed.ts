import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { migrateSandbox } from './migrations';
import { seedBulk } from './seed-bulk';
import { DEMO_CLIENTS, demoClientId, seedDemoClients } from './seed-demo';
import { seedSandboxOps } from './seed-ops';
import { seedPendingRegistrations } from './seed-pending';

export type SeedOptions = {
  /** Extra bulk clients for scale work (in addition to the demo tenant). */
  clients?: number;
  /** Bulk wallet transactions spread over the bulk clients. */
  transactions?: number;
  now?: Date;
};

export type SeedResult = {
  /** True when this call seeded the demo tenant (false: it was already there). */
  demo: boolean;
  demoClientIds: string[];
  bulkClients: number;
  bulkTransactions: number;
};

const MARKER = 'seeded';

/**
 * Demo data at first start: idempotent (a marker row in sbx_counters says it ran). Bulk
 * data is added whenever asked for (the sandbox:seed script), demo or not.
 */
export async function seedSandbox(db: DB, opts: SeedOptions = {}): Promise<SeedResult> {
  await migrateSandbox(db);
  const at = opts.now ?? new Date();
  const ctx = { db, now: () => at };
  // Claim the marker first: of two instances starting together, only one seeds.
  const claimed = await db
    .insertInto('sbx_counters')
    .values({ name: MARKER, value: 1 })
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  const fresh = Number(claimed.numInsertedOrUpdatedRows ?? 0) > 0;
  // Deterministic ids: callers (demo users) get them on every start, not only the first.
  let demoClientIds: string[] = DEMO_CLIENTS.map((_, i) => demoClientId(i));
  if (fresh) {
    demoClientIds = await seedDemoClients(ctx);
    await seedPendingRegistrations(ctx);
    await seedSandboxOps(db, demoClientIds);
  }
  const bulk =
    opts.clients || opts.transactions
      ? await seedBulk(ctx, opts.clients ?? 0, opts.transactions ?? 0)
      : { clients: 0, transactions: 0 };
  return { demo: fresh, demoClientIds, bulkClients: bulk.clients, bulkTransactions: bulk.transactions };
}
