/**
 * `npm run db:migrate`: applies the portal's migrations to the database named by
 * DATABASE_URL (SQLite file by default, PostgreSQL for postgres:// URLs). The server also
 * migrates at start; this is for deployments that migrate as a separate step.
 */
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';

const db = await getDb();
console.log(`Database migrated (${env().database.kind}).`);
await db.destroy();
