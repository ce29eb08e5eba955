import 'server-only';
import { type DB, getDb, nowIso } from '@/lib/db';

/**
 * The reason behind a client's current status and who gave it (the status action writes it;
 * the client's page shows it; the end-client's "account paused" banner can read it too).
 */
export type StatusNote = {
  active: boolean;
  reason: string;
  setByEmail: string | null;
  setAt: string;
};

export async function recordStatusNote(
  db: DB,
  n: { clientId: string; active: boolean; reason: string; userId: string | null; userEmail: string | null },
): Promise<void> {
  const row = {
    active: n.active ? 1 : 0,
    reason: n.reason,
    set_by_user_id: n.userId,
    set_by_email: n.userEmail,
    set_at: nowIso(),
  };
  await db
    .insertInto('client_status_notes')
    .values({ client_id: n.clientId, ...row })
    .onConflict((oc) => oc.column('client_id').doUpdateSet(row))
    .execute();
}

/**
 * The note for the client's current status, or null when none was recorded through the
 * portal or it no longer matches (the status was changed elsewhere since).
 */
export async function getStatusNote(clientId: string, currentlyActive?: boolean): Promise<StatusNote | null> {
  const db = await getDb();
  const r = await db.selectFrom('client_status_notes').selectAll().where('client_id', '=', clientId).executeTakeFirst();
  if (!r) return null;
  const note = { active: r.active === 1, reason: r.reason, setByEmail: r.set_by_email, setAt: r.set_at };
  return currentlyActive === undefined || currentlyActive === note.active ? note : null;
}
