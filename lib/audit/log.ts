import 'server-only';
import { type DB, nowIso } from '@/lib/db';
import { sortableId } from '@/lib/db/ids';
import { redactInput } from './redact';

export type AuditOutcome = 'ok' | 'denied' | 'invalid' | 'error' | 'unauthenticated';

export type AuditEntry = {
  userId: string | null;
  userEmail: string | null;
  role: string | null;
  clientId: string | null;
  action: string;
  input: unknown;
  outcome: AuditOutcome;
  message?: string | null;
  ip: string | null;
  requestId: string | null;
  /** Set while a staff member acts as a client (lib/acting-as): the row then names both. */
  actingAsClientId?: string | null;
  actingSessionId?: string | null;
};

/** Append-only: there is no update or delete of audit rows anywhere in the portal. */
export async function appendAudit(db: DB, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: sortableId(),
      at: nowIso(),
      user_id: e.userId,
      user_email: e.userEmail,
      role: e.role,
      client_id: e.clientId,
      action: e.action,
      input: JSON.stringify(redactInput(e.input) ?? null),
      outcome: e.outcome,
      message: e.message ?? null,
      ip: e.ip,
      request_id: e.requestId,
      ...(e.actingAsClientId
        ? { acting_as_client_id: e.actingAsClientId, acting_session_id: e.actingSessionId ?? null }
        : {}),
    })
    .execute();
}

export type AuditRow = {
  id: string;
  at: string;
  userEmail: string | null;
  role: string | null;
  clientId: string | null;
  action: string;
  input: string;
  outcome: string;
  message: string | null;
  ip: string | null;
  requestId: string | null;
};

export async function listAudit(
  db: DB,
  opts: { page: number; pageSize: number; clientId?: string; action?: string; outcome?: string },
): Promise<{ rows: AuditRow[]; total: number }> {
  let q = db.selectFrom('audit_log');
  if (opts.clientId) q = q.where('client_id', '=', opts.clientId);
  if (opts.action) q = q.where('action', '=', opts.action);
  if (opts.outcome) q = q.where('outcome', '=', opts.outcome);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('id', 'desc')
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      userEmail: r.user_email,
      role: r.role,
      clientId: r.client_id,
      action: r.action,
      input: r.input,
      outcome: r.outcome,
      message: r.message,
      ip: r.ip,
      requestId: r.request_id,
    })),
  };
}
