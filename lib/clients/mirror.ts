import 'server-only';
import type { DB } from '@/lib/db';
import { log } from '@/lib/log';
import type { PartnerClient } from '@/lib/partner-api';
import type { RawClient } from './list';
import { loadGeneration, toMirrorRow } from './mirror-load';
import { loadOffThread } from './mirror-thread';

/**
 * Keeps `clients_mirror` in step with upstream's unpaged `clients` list.
 * - Fresh for TTL_MS; after that a read is served from the mirror at once while ONE instance
 *   (the holder of the lease row) refreshes it in the background.
 * - `markStale` (after a change made through the portal) clears `refreshed_at`: the next
 *   read on any instance waits for a refresh, so the change is seen at once everywhere.
 * - The load itself (mirror-load.ts) runs on a worker thread in the server (mirror-thread.ts),
 *   so 10,000 clients never hold other requests up (the bench measures the event-loop delay);
 *   where it runs in-thread it works in chunks and yields between them, and the list is parsed
 *   and checked in slices (lib/partner-api/json-slices.ts, drift.ts).
 */
export const MIRROR = 'clients';
export const TTL_MS = 15_000;
const LEASE_MS = 60_000;
const OWNER = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

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
  if (!(await loadOffThread(api, generation))) await loadGeneration(db, api, generation);
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
