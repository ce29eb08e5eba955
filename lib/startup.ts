import 'server-only';
import { startSchedule, summaryTick } from '@/lib/billing/schedule';
import { getDb } from '@/lib/db';
import { seedDemoUsers } from '@/lib/demo/seed-users';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { partnerApi } from '@/lib/partner-api';
import { asSandboxDb } from '@/lib/sandbox/schema';
import { seedSandbox } from '@/lib/sandbox/seed';

/**
 * Runs once when the server starts (instrumentation.ts): validates the environment (live
 * mode without its keys stops here, with a line naming what is missing), migrates the
 * database, in sandbox mode seeds the emulator and the demo users, and starts the billing
 * summary's schedule (lib/billing/schedule.ts).
 */
export async function startup(): Promise<void> {
  const e = env();
  const db = await getDb();
  if (e.mode === 'sandbox') {
    const { demoClientIds } = await seedSandbox(asSandboxDb(db));
    const created = await seedDemoUsers(db, {
      ownerEmail: e.demoOwnerEmail,
      password: e.demoOwnerPassword,
      clientId: demoClientIds[0] ?? null,
    });
    if (created) log.info({ owner: e.demoOwnerEmail }, 'seeded demo users');
  }
  startSchedule(() => summaryTick(db, partnerApi()));
  log.info({ mode: e.mode, database: e.database.kind }, 'portal ready');
}
