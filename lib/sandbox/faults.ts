import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { SandboxError } from './core';
import { nextId } from './ids';

/**
 * Armed faults for tests and demos, kept in the database so that every instance (and a
 * test process talking to a dev server) sees the same ones. Each fires for the next
 * `remaining` calls of its endpoint (handler key, e.g. "buy_did"; "*" matches all).
 */
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
  const id = await nextId({ db }, 'fault');
  await db
    .insertInto('sbx_faults')
    .values({ id, endpoint, kind, status, ms, remaining: times, created_at: now.toISOString() })
    .execute();
  return { id, endpoint, kind, status, ms, times };
}

export async function clearFaults(db: DB): Promise<void> {
  await db.deleteFrom('sbx_faults').execute();
}

/** Takes one shot of the oldest fault armed for this endpoint, if any. */
export async function takeFault(db: DB, endpoint: string): Promise<Fault | null> {
  // Fast path: almost every request finds nothing armed; skip the write transaction then.
  const any = await db
    .selectFrom('sbx_faults')
    .select('id')
    .where('endpoint', 'in', [endpoint, '*'])
    .executeTakeFirst();
  if (!any) return null;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('sbx_faults')
      .selectAll()
      .where('endpoint', 'in', [endpoint, '*'])
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
