import { createHash } from 'node:crypto';
import type { DB } from '@/lib/db';
import { UserError } from '@/lib/errors';

/**
 * Exactly-once for calls that cost money (buy_did, add_client_credits). A key is minted when
 * the confirmation is shown; the attempt is recorded (key = primary key, so one insert wins)
 * BEFORE the upstream call; a repeat of the key gets the recorded outcome and never calls
 * upstream again. When the outcome is unknown (timeout), the record stays open until
 * `reconcile` looks at upstream state and settles it one way or the other.
 *
 * Record status: pending (call in flight) → succeeded | failed | unknown (→ reconciled later).
 * `result` holds the attempt as JSON: the input (needed to reconcile) and the outcome.
 */
export type AttemptStatus = 'pending' | 'succeeded' | 'failed' | 'unknown';

export type StoredFailure = { message: string; fieldErrors?: Record<string, string[]> };

export type Outcome<T> =
  | { state: 'succeeded'; value: T; replay: boolean }
  | { state: 'failed'; failure: StoredFailure; replay: boolean }
  /** In flight elsewhere (`inProgress`), or its outcome is not known yet. */
  | { state: 'pending'; inProgress: boolean; replay: boolean };

/** What reconciliation found upstream: it happened (with its result), it did not, or cannot tell yet. */
export type Reconciled<T> = { happened: true; value: T } | { happened: false } | null;

export type AttemptSpec<I, T> = {
  key: string;
  action: string;
  userId: string;
  clientId: string | null;
  /** What the key is for; a repeat with another input is refused. */
  input: I;
  execute: (input: I) => Promise<T>;
  /** Look at upstream state to learn whether an attempt of unknown outcome took effect. */
  reconcile: (input: I) => Promise<Reconciled<T>>;
  /** Errors after which the call may or may not have taken effect upstream. */
  isOutcomeUnknown: (err: unknown) => boolean;
  /** Turns a definite failure into what is stored and shown; rethrown when it returns null. */
  describeFailure: (err: unknown) => StoredFailure | null | Promise<StoredFailure | null>;
  /** An in-flight record older than this is presumed lost (crashed process) and reconciled. */
  staleAfterMs?: number;
  now?: () => Date;
};

export const KEY_REUSED = 'This confirmation belongs to a different request. Close it and start again from the list.';

type Doc<I, T> = { input: I; value?: T; failure?: StoredFailure };

/** Stable JSON (sorted keys) so the same input always hashes the same. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function requestHash(action: string, clientId: string | null, input: unknown): string {
  return createHash('sha256').update(stable({ action, clientId, input })).digest('hex');
}

export const newIdempotencyKey = () => crypto.randomUUID();

const DEFAULT_STALE_MS = 120_000;

export async function runOnce<I, T>(db: DB, spec: AttemptSpec<I, T>): Promise<Outcome<T>> {
  const now = spec.now ?? (() => new Date());
  const hash = requestHash(spec.action, spec.clientId, spec.input);
  const at = now().toISOString();
  const inserted = await db
    .insertInto('idempotency')
    .values({
      key: spec.key,
      action: spec.action,
      user_id: spec.userId,
      client_id: spec.clientId,
      request_hash: hash,
      status: 'pending',
      result: JSON.stringify({ input: spec.input } satisfies Doc<I, T>),
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();

  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return execute(db, spec, now);

  const row = await db.selectFrom('idempotency').selectAll().where('key', '=', spec.key).executeTakeFirst();
  if (!row || row.request_hash !== hash || row.action !== spec.action || row.user_id !== spec.userId) {
    throw new UserError(KEY_REUSED);
  }
  const doc = JSON.parse(row.result ?? '{}') as Doc<I, T>;
  const status = row.status as AttemptStatus;
  if (status === 'succeeded') return { state: 'succeeded', value: doc.value as T, replay: true };
  if (status === 'failed')
    return { state: 'failed', failure: doc.failure ?? { message: 'This attempt failed.' }, replay: true };
  const stale = now().getTime() - Date.parse(row.updated_at) > (spec.staleAfterMs ?? DEFAULT_STALE_MS);
  if (status === 'pending' && !stale) return { state: 'pending', inProgress: true, replay: true };
  return reconcileRecord(db, spec, spec.key, doc.input, now);
}

async function execute<I, T>(db: DB, spec: AttemptSpec<I, T>, now: () => Date): Promise<Outcome<T>> {
  try {
    const value = await spec.execute(spec.input);
    await settle(db, spec.key, 'succeeded', { input: spec.input, value }, now);
    return { state: 'succeeded', value, replay: false };
  } catch (err) {
    if (spec.isOutcomeUnknown(err)) {
      await settle(db, spec.key, 'unknown', { input: spec.input }, now);
      return { state: 'pending', inProgress: false, replay: false };
    }
    const failure = await spec.describeFailure(err);
    if (!failure) {
      // Not a known failure and not an unknown outcome: nothing reached upstream; free the key.
      await db.deleteFrom('idempotency').where('key', '=', spec.key).execute();
      throw err;
    }
    await settle(db, spec.key, 'failed', { input: spec.input, failure }, now);
    return { state: 'failed', failure, replay: false };
  }
}

async function settle<I, T>(db: DB, key: string, status: AttemptStatus, doc: Doc<I, T>, now: () => Date) {
  await db
    .updateTable('idempotency')
    .set({ status, result: JSON.stringify(doc), updated_at: now().toISOString() })
    .where('key', '=', key)
    .execute();
}

const NOT_DONE =
  'The earlier attempt did not go through (the provider has no record of it). Nothing was charged; you can try again.';

async function reconcileRecord<I, T>(
  db: DB,
  spec: Pick<AttemptSpec<I, T>, 'reconcile'>,
  key: string,
  input: I,
  now: () => Date,
): Promise<Outcome<T>> {
  let found: Reconciled<T>;
  try {
    found = await spec.reconcile(input);
  } catch {
    found = null; // upstream still unreachable: stay unknown, decide later
  }
  if (found === null) return { state: 'pending', inProgress: false, replay: true };
  if (found.happened) {
    await settle(db, key, 'succeeded', { input, value: found.value }, now);
    return { state: 'succeeded', value: found.value, replay: true };
  }
  const failure = { message: NOT_DONE };
  await settle(db, key, 'failed', { input, failure }, now);
  return { state: 'failed', failure, replay: true };
}

/**
 * Settles this client's open attempts of an action (unknown, or in flight for too long)
 * before a new one may start. Returns how many are still undecided: the caller refuses
 * a new attempt while that is not zero.
 */
export async function reconcileOpenAttempts<I, T>(
  db: DB,
  opts: {
    action: string;
    clientId: string | null;
    exceptKey?: string;
    reconcile: (input: I) => Promise<Reconciled<T>>;
    staleAfterMs?: number;
    now?: () => Date;
  },
): Promise<number> {
  const now = opts.now ?? (() => new Date());
  const staleBefore = new Date(now().getTime() - (opts.staleAfterMs ?? DEFAULT_STALE_MS)).toISOString();
  let q = db
    .selectFrom('idempotency')
    .select(['key', 'result'])
    .where('action', '=', opts.action)
    .where((eb) =>
      eb.or([eb('status', '=', 'unknown'), eb.and([eb('status', '=', 'pending'), eb('updated_at', '<', staleBefore)])]),
    );
  q = opts.clientId === null ? q.where('client_id', 'is', null) : q.where('client_id', '=', opts.clientId);
  if (opts.exceptKey) q = q.where('key', '!=', opts.exceptKey);
  let open = 0;
  for (const row of await q.execute()) {
    const doc = JSON.parse(row.result ?? '{}') as Doc<I, T>;
    const outcome = await reconcileRecord(db, opts, row.key, doc.input, now);
    if (outcome.state === 'pending') open++;
  }
  return open;
}
