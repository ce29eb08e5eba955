import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '@/lib/auth/users';
import { createDb, type DB, migrateToLatest } from '@/lib/db';
import { completeUserToken, LINK_GONE } from './accept';
import { loadTarget, updateKeepingAnOwner } from './manage';
import { LAST_OWNER } from './rules';
import { findUserToken, issueUserToken } from './tokens';

let db: DB;
beforeAll(async () => {
  db = await createDb({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
});
afterAll(async () => db.destroy());

const pw = 'a-long-enough-password';

describe('the last owner', () => {
  it('cannot be demoted or disabled; a second owner can', async () => {
    const a = await createUser(db, { email: 'a@x.test', name: 'A', password: pw, role: 'owner' });
    await expect(updateKeepingAnOwner(db, await loadTarget(db, a.id), { role: 'admin' })).rejects.toThrow(LAST_OWNER);
    await expect(updateKeepingAnOwner(db, await loadTarget(db, a.id), { disabled: true })).rejects.toThrow(LAST_OWNER);
    const b = await createUser(db, { email: 'b@x.test', name: 'B', password: pw, role: 'owner' });
    await updateKeepingAnOwner(db, await loadTarget(db, b.id), { role: 'viewer' });
    expect((await loadTarget(db, b.id)).role).toBe('viewer');
    // A disabled owner does not count as the other owner.
    const c = await createUser(db, { email: 'c@x.test', name: 'C', password: pw, role: 'owner' });
    await updateKeepingAnOwner(db, await loadTarget(db, c.id), { disabled: true });
    await expect(updateKeepingAnOwner(db, await loadTarget(db, a.id), { role: 'admin' })).rejects.toThrow(LAST_OWNER);
  });
});

describe('one-time links', () => {
  it('an invite creates the account once; a newer invite replaces the older', async () => {
    const first = await issueUserToken(db, {
      purpose: 'invite',
      email: 'new@x.test',
      role: 'billing',
      clientId: null,
      userId: null,
      by: 'someone',
    });
    const second = await issueUserToken(db, {
      purpose: 'invite',
      email: 'new@x.test',
      role: 'viewer',
      clientId: null,
      userId: null,
      by: 'someone',
    });
    expect(await findUserToken(db, first.token)).toBeNull();
    expect(second.url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    const done = await completeUserToken(db, { token: second.token, name: 'New', password: pw });
    expect(done.purpose).toBe('invite');
    expect((await loadTarget(db, done.userId)).role).toBe('viewer');
    await expect(completeUserToken(db, { token: second.token, name: 'New', password: pw })).rejects.toThrow(LINK_GONE);
  });

  it('an expired link opens nothing', async () => {
    const t = await issueUserToken(db, {
      purpose: 'invite',
      email: 'late@x.test',
      role: 'viewer',
      clientId: null,
      userId: null,
      by: 'x',
    });
    await db
      .updateTable('user_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    expect(await findUserToken(db, t.token)).toBeNull();
  });
});
