import 'server-only';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/lib/auth/passwords';
import { isRole, type Role } from '@/lib/auth/permissions';
import { revokeAllSessions } from '@/lib/auth/sessions';
import { getBrand } from '@/lib/brand/queries';
import { type DB, nowIso } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { sendMail } from '@/lib/mail';
import { readSettings } from '@/lib/settings';
import { formatTimestamp } from '@/lib/time-display';
import { LAST_OWNER, manageError, removesAnOwner } from './rules';
import { issueUserToken } from './tokens';

export type Target = { id: string; email: string; role: Role; clientId: string | null; disabled: boolean };

export async function loadTarget(db: DB, id: string): Promise<Target> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'client_id', 'disabled'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !isRole(row.role)) throw new UserError('That user no longer exists.');
  return { id: row.id, email: row.email, role: row.role, clientId: row.client_id, disabled: row.disabled === 1 };
}

/** Throws a user-facing error unless `actor` may change `target` (to `nextRole`). */
export function assertMayManage(actor: { id: string; role: Role }, target: Target, nextRole?: Role) {
  // Changing your own role (stepping down) is allowed; disabling or resetting yourself is not.
  if (target.id === actor.id && nextRole === undefined)
    throw new UserError('Ask another owner or admin to do this to your own account.');
  if (target.role === 'client') throw new UserError('Client users are managed from their client’s page.');
  const err = manageError(actor.role, target.role, nextRole);
  if (err) throw new UserError(err);
}

/**
 * Applies a change that may remove an owner only while another active owner remains. The
 * count is part of the UPDATE's own WHERE, so the check and the change are one statement; and
 * the active owners' rows are locked first: on PostgreSQL two owners removing each other at
 * the same moment would otherwise both count two owners (each statement sees the snapshot from
 * before the other's commit) and leave none. The second now waits, then counts one and is
 * refused. SQLite has a single writer, so there the lock statement only costs a no-op write.
 */
export async function updateKeepingAnOwner(
  db: DB,
  target: Target,
  change: { role?: Role; disabled?: boolean },
): Promise<void> {
  const set = {
    ...(change.role !== undefined ? { role: change.role } : {}),
    ...(change.disabled !== undefined ? { disabled: change.disabled ? 1 : 0 } : {}),
    updated_at: nowIso(),
  };
  const updated = await db.transaction().execute(async (trx) => {
    let q = trx.updateTable('users').set(set).where('id', '=', target.id);
    if (removesAnOwner(target, change)) {
      // A portable row lock (no FOR UPDATE in SQLite): touching the rows locks them until commit.
      await trx
        .updateTable('users')
        .set((eb) => ({ updated_at: eb.ref('updated_at') }))
        .where('role', '=', 'owner')
        .where('disabled', '=', 0)
        .execute();
      q = q.where((eb) =>
        eb(
          eb
            .selectFrom('users as o')
            .select((o) => o.fn.countAll<number>().as('n'))
            .where('o.role', '=', 'owner')
            .where('o.disabled', '=', 0),
          '>',
          1,
        ),
      );
    }
    return Number((await q.executeTakeFirst()).numUpdatedRows);
  });
  if (updated !== 1) throw new UserError(LAST_OWNER);
  // A new role or a disabled account ends every session at once (lib/auth/sessions.ts).
  if ((change.role !== undefined && change.role !== target.role) || change.disabled === true)
    await revokeAllSessions(target.id, db);
}

/** Sends an invite link by mail (inbox in sandbox mode) and returns it to show once. */
export async function inviteUser(
  db: DB,
  invite: { email: string; role: Role; clientId: string | null; by: string; byName: string },
) {
  const taken = await db.selectFrom('users').select('id').where('email', '=', invite.email).executeTakeFirst();
  if (taken)
    throw new UserError('Check the highlighted fields.', { email: ['A user with this email already exists.'] });
  const link = await issueUserToken(db, {
    purpose: 'invite',
    email: invite.email,
    role: invite.role,
    clientId: invite.clientId,
    userId: null,
    by: invite.by,
  });
  const brand = await getBrand();
  await sendMail({
    to: invite.email,
    purpose: 'invite',
    content: {
      subject: `${invite.byName} invited you to ${brand.name}`,
      intro: [`${invite.byName} invited you to sign in to ${brand.name}. Choose your name and password to start:`],
      link: { url: link.url, label: 'Accept the invitation' },
      outro: [
        `This link works once, until ${await linkExpiry(db, link.expiresAt)}.`,
        'If you did not expect this, ignore this message.',
      ],
    },
  });
  return { email: invite.email, url: link.url, expiresAt: link.expiresAt };
}

/** A link's expiry as mails state it: in the portal's display zone, labelled. */
async function linkExpiry(db: DB, expiresAt: string): Promise<string> {
  return formatTimestamp(expiresAt, (await readSettings(db)).displayTimeZone);
}

/**
 * Password reset by an owner or admin: the old password stops working now (replaced by a
 * random one nobody knows) and a one-time link lets the person choose a new one.
 */
export async function resetPassword(db: DB, target: Target, by: string) {
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(randomBytes(32).toString('base64url')), updated_at: nowIso() })
    .where('id', '=', target.id)
    .execute();
  await revokeAllSessions(target.id, db);
  const link = await issueUserToken(db, {
    purpose: 'reset',
    email: target.email,
    role: target.role,
    clientId: target.clientId,
    userId: target.id,
    by,
  });
  const brand = await getBrand();
  await sendMail({
    to: target.email,
    purpose: 'password-reset',
    content: {
      subject: `Choose a new password for ${brand.name}`,
      intro: [`Your password for ${brand.name} was reset. Choose a new one to sign in again:`],
      link: { url: link.url, label: 'Choose a new password' },
      outro: [`This link works once, until ${await linkExpiry(db, link.expiresAt)}.`],
    },
  });
  return { email: target.email, url: link.url, expiresAt: link.expiresAt };
}
