import type { SelectQueryBuilder } from 'kysely';
import type { SandboxDB as DB, SandboxTables } from '@/lib/sandbox/schema';
import { SandboxError } from './core';
import { nextId } from './ids';

/**
 * Armed faults for tests and demos, kept in the database so that every instance (and a
 * test process talking to a dev server) sees the same ones. Each fires for the next
 * `remaining` calls of its endpoint (handler key, e.g. "buy_did"; "*" matches all), and, when
 * armed with a `client_id`, only for calls naming that client: tests running side by side arm
 * faults for their own client and clear only those.
 */
// biome-ignore lint/suspicious/noExplicitAny: any selection over sbx_faults
type SelectFaults = SelectQueryBuilder<SandboxTables, 'sbx_faults', any>;

export const FAULT_KINDS = ['latency', 'error', 'timeout', 'malformed'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export type Fault = { kind: FaultKind; status: number | null; ms: number | null };

export async function armFault(db: DB, now: Date, body: Record<string, unknown>) {
  const endpoint = typeof body.endpoint === 'string' ? body.endpoint.trim() : '';
  if (endpoint === '') throw new SandboxError(422, 'endpoint is required', { endpoint: ['This field is required'] });
  const kind = body.kind as FaultKind;
  if (!FAULT_KINDS.includes(kind)) {
    throw new SandboxError(422, 'Invalid kind', { kind: [`One of ${FAULT_KINDS.join(', ')}`] });
  }
  const int = (v: unknown, field: string, min: number, max: number): number | null => {
    if (v === undefined || v === null || v === '') return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new SandboxError(422, `Invalid ${field}`, { [field]: [`A whole number from ${min} to ${max}`] });
    }
    return n;
  };
  const status = int(body.status, 'status', 400, 599);
  const ms = int(body.ms, 'ms', 0, 120_000);
  const times = int(body.times, 'times', 1, 10_000) ?? 1;
  const clientId = typeof body.client_id === 'string' && body.client_id.trim() ? body.client_id.trim() : null;
  const id = await nextId({ db }, 'fault');
  await db
    .insertInto('sbx_faults')
    .values({ id, endpoint, kind, status, ms, remaining: times, created_at: now.toISOString(), client_id: clientId })
    .execute();
  return { id, endpoint, kind, status, ms, times, client_id: clientId };
}

/**
 * Every fault, or only those armed for one client, or for one endpoint (with no client: only the
 * unscoped ones, so a test clearing its own global fault leaves other tests' faults alone).
 */
export async function clearFaults(
  db: DB,
  only: { clientId?: string | null; endpoint?: string | null } = {},
): Promise<void> {
  let q = db.deleteFrom('sbx_faults');
  if (only.clientId) q = q.where('client_id', '=', only.clientId);
  if (only.endpoint) {
    q = q.where('endpoint', '=', only.endpoint);
    if (!only.clientId) q = q.where('client_id', 'is', null);
  }
  await q.execute();
}

/** Takes one shot of the oldest fault armed for this endpoint (and this call's client), if any. */
export async function takeFault(db: DB, endpoint: string, clientId: string | null = null): Promise<Fault | null> {
  const mine = (q: SelectFaults) =>
    q
      .where('endpoint', 'in', [endpoint, '*'])
      .where((eb) =>
        clientId ? eb.or([eb('client_id', 'is', null), eb('client_id', '=', clientId)]) : eb('client_id', 'is', null),
      );
  // Fast path: almost every request finds nothing armed; skip the write transaction then.
  const any = await mine(db.selectFrom('sbx_faults').select('id')).executeTakeFirst();
  if (!any) return null;
  return db.transaction().execute(async (trx) => {
    const row = await mine(trx.selectFrom('sbx_faults').selectAll())
      .where('remaining', '>', 0)
      .orderBy('created_at')
      .executeTakeFirst();
    if (!row) return null;
    if (row.remaining <= 1) await trx.deleteFrom('sbx_faults').where('id', '=', row.id).execute();
    else
      await trx
        .updateTable('sbx_faults')
        .set({ remaining: row.remaining - 1 })
        .where('id', '=', row.id)
        .execute();
    return { kind: row.kind as FaultKind, status: row.status, ms: row.ms };
  });
}
