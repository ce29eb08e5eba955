import 'server-only';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { dropSpendOfUnlistedClients } from '@/lib/billing/summary';
import type { DB } from '@/lib/db';
import type { ClientsMirrorTable } from '@/lib/db/schema';
import { log } from '@/lib/log';
import { toPaise } from '@/lib/money';
import type { PartnerClient } from '@/lib/partner-api';
import { parseTime } from '@/lib/time';
import type { RawClient } from './list';

/**
 * Keeps `clients_mirror` in step with upstream's unpaged `clients` list.
 * - Fresh for TTL_MS; after that a read is served from the mirror at once while ONE instance
 *   (the holder of the lease row) refreshes it in the background.
 * - `markStale` (after a change made through the portal) clears `refreshed_at`: the next
 *   read on any instance waits for a refresh, so the change is seen at once everywhere.
 * - A refresh works in chunks and yields to the event loop between them, so 10,000 clients
 *   never block other requests for long (the bench measures the event-loop delay); the list
 *   itself is parsed and checked in slices too (lib/partner-api/json-slices.ts, drift.ts).
 */
export const MIRROR = 'clients';
export const TTL_MS = 15_000;
const LEASE_MS = 60_000;
// One upsert of 500 rows (Kysely compiling 7,000 parameters, then SQLite's synchronous run) held the
// loop ~12 ms on an idle core and 50+ on a busy one; 100 rows keep each turn to a few ms.
const CHUNK = 100;
const OWNER = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

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

type State = { generation: number; refreshed_at: string | null; lease_until: string | null };

async function readState(db: DB): Promise<State | undefined> {
  return db
    .selectFrom('mirror_state')
    .select(['generation', 'refreshed_at', 'lease_until'])
    .where('name', '=', MIRROR)
    .executeTakeFirst();
}

/** Takes the refresh lease if nobody holds a live one; true when this instance got it. */
async function takeLease(db: DB, now: Date): Promise<boolean> {
  await db
    .insertInto('mirror_state')
    .values({ name: MIRROR, generation: 0, refreshed_at: null, lease_until: null, lease_owner: null })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const res = await db
    .updateTable('mirror_state')
    .set({ lease_until: new Date(now.getTime() + LEASE_MS).toISOString(), lease_owner: OWNER })
    .where('name', '=', MIRROR)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now.toISOString())]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Loads upstream's list into the mirror (the caller holds the lease). */
async function refresh(db: DB, api: PartnerClient): Promise<void> {
  const started = new Date();
  const state = await readState(db);
  const generation = (state?.generation ?? 0) + 1;
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
  // A change marked while this refresh ran bumped the generation: then refreshed_at stays null
  // and the next read refreshes again (compare-and-set on the generation read at the start).
  await db
    .updateTable('mirror_state')
    .set({ generation, refreshed_at: started.toISOString() })
    .where('name', '=', MIRROR)
    .where('generation', '=', state?.generation ?? 0)
    .execute();
  await bumpVersion(db);
}

/** The rows changed: readers that keep results derived from them (the billing overview) recompute. */
async function bumpVersion(db: DB): Promise<void> {
  await db
    .updateTable('mirror_state')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('name', '=', MIRROR)
    .execute();
}

async function releaseLease(db: DB): Promise<void> {
  await db
    .updateTable('mirror_state')
    .set({ lease_until: null, lease_owner: null })
    .where('name', '=', MIRROR)
    .where('lease_owner', '=', OWNER)
    .execute();
}

let localStale = false;
let running: Promise<void> | null = null;

/** Refreshes now if this instance can take the lease; resolves when done (or when it could not). */
function refreshOnce(db: DB, api: PartnerClient): Promise<void> {
  running ??= (async () => {
    try {
      if (!(await takeLease(db, new Date()))) return;
      try {
        await refresh(db, api);
      } finally {
        await releaseLease(db);
      }
    } finally {
      running = null;
    }
  })();
  return running;
}

/**
 * Makes sure the mirror may be read: waits for a refresh when it was never loaded or was marked
 * stale, starts a background one when it is older than the TTL. Returns when the rows read were
 * loaded (ms since epoch), or null when another instance's refresh is still running (its rows
 * from before are served). Upstream failures of a refresh this read waits for are thrown.
 */
export async function ensureFresh(
  db: DB,
  api: PartnerClient,
  /**
   * Where a background refresh runs. A page passes Next's `after`, so the refresh starts once
   * its own response is sent instead of sharing the event loop with it; default: now.
   */
  later: (task: () => Promise<void>) => void = (task) => void task(),
): Promise<number | null> {
  let state = await readState(db);
  if (localStale || !state?.refreshed_at) {
    localStale = false;
    await refreshOnce(db, api);
    state = await readState(db);
    // Another instance holds the lease: give its refresh a few seconds before serving what exists.
    for (let i = 0; i < 40 && !state?.refreshed_at; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = await readState(db);
    }
  } else if (Date.now() - Date.parse(state.refreshed_at) > TTL_MS) {
    later(() =>
      refreshOnce(db, api).catch((err) =>
        log.warn({ err }, 'clients mirror refresh failed; serving the previous rows'),
      ),
    );
  }
  return state?.refreshed_at ? Date.parse(state.refreshed_at) : null;
}

/** After a change to a client through the portal: every instance reloads before its next read. */
export async function markStale(db: DB): Promise<void> {
  markLocalStale();
  await db
    .updateTable('mirror_state')
    .set((eb) => ({ refreshed_at: null, generation: eb('generation', '+', 1) }))
    .where('name', '=', MIRROR)
    .execute();
}

/**
 * After a change to ONE client made through the portal: that client's row is re-read from
 * upstream now (profile and wallet together), and the rest of the mirror is due for a background
 * refresh at the next read. No reader waits for the whole list.
 */
export async function refreshClientRow(db: DB, api: PartnerClient, clientId: string): Promise<void> {
  const [client, wallet] = await Promise.all([
    api.call('client', { client_id: clientId }) as Promise<RawClient>,
    api.call('wallet_balance', { client_id: clientId }).catch(() => null),
  ]);
  const state = await readState(db);
  const row = toMirrorRow(
    {
      ...client,
      // The wallet is the source of truth for money; the profile's balance is only a fallback.
      balance: wallet?.balance ?? client.balance,
      valid_till: wallet?.valid_till ?? client.valid_till,
    },
    state?.generation ?? 0,
  );
  // The row keeps its generation: a full refresh running now has already written it with its
  // new generation, and would delete it as vanished if this put the old one back.
  const { client_id: _id, generation: _g, ...rest } = row;
  await db
    .insertInto('clients_mirror')
    .values(row)
    .onConflict((oc) => oc.column('client_id').doUpdateSet(rest))
    .execute();
  await bumpVersion(db);
  // Due for a refresh (served meanwhile); unlike markStale, nobody waits for it.
  await db
    .updateTable('mirror_state')
    .set({ refreshed_at: new Date(0).toISOString() })
    .where('name', '=', MIRROR)
    .where('refreshed_at', 'is not', null)
    .execute();
}

/** Synchronous part of markStale: this instance's next read waits for a refresh. */
export function markLocalStale(): void {
  localStale = true;
}
