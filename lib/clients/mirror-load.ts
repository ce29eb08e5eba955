import 'server-only';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { dropSpendOfUnlistedClients } from '@/lib/billing/summary';
import type { DB } from '@/lib/db';
import type { ClientsMirrorTable } from '@/lib/db/schema';
import { toPaise } from '@/lib/money';
import type { PartnerClient } from '@/lib/partner-api';
import { parseTime } from '@/lib/time';
import type { RawClient } from './list';

/**
 * The heavy half of a mirror refresh: upstream's whole `clients` list read, turned into rows and
 * written to `clients_mirror`. It runs on the refresh worker thread in the server
 * (mirror-thread.ts), in the caller's thread elsewhere (tests, scripts); mirror.ts keeps the
 * lease and the state row around it.
 */

// One upsert of 500 rows (Kysely compiling 7,000 parameters, then SQLite's synchronous run) held the
// loop ~12 ms on an idle core and 50+ on a busy one; 100 rows keep each turn to a few ms.
const CHUNK = 100;

/** A row of `clients_mirror` (the table's type is the row's shape). */
export type MirrorRow = ClientsMirrorTable;

const iso = (s: string | null | undefined) => {
  const t = parseTime(s);
  return t === null ? null : new Date(t).toISOString();
};

/** Lower-case, digit runs padded to 12: a text order that matches a numeric collation. */
export const sortKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\d+/g, (d) => d.padStart(12, '0'));

export function toMirrorRow(c: RawClient, generation: number): MirrorRow {
  return {
    client_id: c.client_id,
    name: c.name,
    email: c.email,
    mobile: c.mobile,
    active: c.status === '1' ? 1 : 0,
    balance_paise: toPaise(c.balance),
    valid_till: c.valid_till ?? null,
    valid_till_iso: iso(c.valid_till),
    created_at: c.created_at ?? null,
    created_at_iso: iso(c.created_at),
    haystack: `${c.name}\n${c.email}\n${c.mobile}\n${c.client_id}`.toLowerCase(),
    mobile_digits: c.mobile.replace(/\D/g, ''),
    sort_name: sortKey(c.name),
    generation,
  };
}

/**
 * Writes upstream's list as `generation`, then deletes the rows (and billing summary rows) of
 * clients upstream no longer lists. Upstream failures are thrown before any row is written.
 */
export async function loadGeneration(db: DB, api: PartnerClient, generation: number): Promise<void> {
  const raw = (await api.call('clients')) as RawClient[];
  for (let i = 0; i < raw.length; i += CHUNK) {
    const rows = raw.slice(i, i + CHUNK).map((c) => toMirrorRow(c, generation));
    await db
      .insertInto('clients_mirror')
      .values(rows)
      .onConflict((oc) =>
        oc.column('client_id').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          email: eb.ref('excluded.email'),
          mobile: eb.ref('excluded.mobile'),
          active: eb.ref('excluded.active'),
          balance_paise: eb.ref('excluded.balance_paise'),
          valid_till: eb.ref('excluded.valid_till'),
          valid_till_iso: eb.ref('excluded.valid_till_iso'),
          created_at: eb.ref('excluded.created_at'),
          created_at_iso: eb.ref('excluded.created_at_iso'),
          haystack: eb.ref('excluded.haystack'),
          mobile_digits: eb.ref('excluded.mobile_digits'),
          sort_name: eb.ref('excluded.sort_name'),
          generation: eb.ref('excluded.generation'),
        })),
      )
      .execute();
    await yieldToLoop();
  }
  // Clients upstream no longer lists, and their billing summary rows.
  const gone = await db.deleteFrom('clients_mirror').where('generation', '<>', generation).executeTakeFirst();
  if (Number(gone.numDeletedRows) > 0) await dropSpendOfUnlistedClients(db);
}
