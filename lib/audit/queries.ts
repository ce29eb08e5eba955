import 'server-only';
import type { DB } from '@/lib/db';
import type { AuditRow } from './log';

/**
 * The audit viewer's reads: filters as they come from the URL, server paging (newest first),
 * and a keyset walk over the whole filtered set for the CSV export (constant memory).
 */
export type AuditFilters = {
  actor?: string;
  clientId?: string;
  action?: string;
  outcome?: string;
  /** Inclusive bounds as ISO instants (the page turns the chosen days into these). */
  fromIso?: string;
  toIso?: string;
};

function filtered(db: DB, f: AuditFilters) {
  let q = db.selectFrom('audit_log');
  if (f.actor) q = q.where('user_email', 'like', `%${f.actor.toLowerCase().replace(/[%_\\]/g, '')}%`);
  if (f.clientId) q = q.where('client_id', '=', f.clientId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  if (f.fromIso) q = q.where('at', '>=', f.fromIso);
  if (f.toIso) q = q.where('at', '<', f.toIso);
  return q;
}

type Raw = {
  id: string;
  at: string;
  user_email: string | null;
  role: string | null;
  client_id: string | null;
  action: string;
  input: string;
  outcome: string;
  message: string | null;
  ip: string | null;
  request_id: string | null;
};

const toRow = (r: Raw): AuditRow => ({
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
});

const COLUMNS = [
  'id',
  'at',
  'user_email',
  'role',
  'client_id',
  'action',
  'input',
  'outcome',
  'message',
  'ip',
  'request_id',
] as const;

export async function searchAudit(
  db: DB,
  f: AuditFilters,
  page: { page: number; pageSize: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const q = filtered(db, f);
  const [rows, count] = await Promise.all([
    q
      .select(COLUMNS)
      .orderBy('id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toRow), total: Number(count.n) };
}

/** Every matching row, newest first, in batches by id (ids are time-ordered). */
export async function* walkAudit(db: DB, f: AuditFilters, batch = 500): AsyncGenerator<AuditRow> {
  let before: string | null = null;
  for (;;) {
    let q = filtered(db, f).select(COLUMNS).orderBy('id', 'desc').limit(batch);
    if (before) q = q.where('id', '<', before);
    const rows = await q.execute();
    for (const r of rows) yield toRow(r);
    if (rows.length < batch) return;
    before = rows[rows.length - 1].id;
  }
}
