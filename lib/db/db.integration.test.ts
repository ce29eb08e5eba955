import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, listAudit } from '@/lib/audit/log';
import { createUser, findUserById, findUserForSignIn, setUserDisabled } from '@/lib/auth/users';
import { createDb, type DB, migrateToLatest } from './index';

/**
 * The portal's database layer against both dialects through the one Kysely code path.
 * The PostgreSQL leg uses a throwaway schema in TEST_DATABASE_URL (default: the local
 * `test` database) and is skipped, saying so, only when PostgreSQL cannot be reached.
 */
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pgSchemaUrl(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const pg = await import('pg');
  const admin = new pg.default.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (err) {
    console.warn(
      `PostgreSQL leg skipped: cannot reach ${PG_URL.replace(/\/\/[^@]*@/, '//')} (${(err as Error).message})`,
    );
    return null;
  }
  const schema = `it_${randomBytes(4).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.default.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

const pg = await pgSchemaUrl();
const legs: Array<[string, () => Promise<DB>]> = [['sqlite', () => createDb({ kind: 'sqlite', file: ':memory:' })]];
if (pg) legs.push(['postgres', () => createDb({ kind: 'postgres', url: pg.url })]);

afterAll(async () => {
  await pg?.drop();
});

describe.each(legs)('database layer on %s', (_name, make) => {
  let db: DB;
  beforeAll(async () => {
    db = await make();
    await migrateToLatest(db);
  });
  afterAll(() => db.destroy());

  it('migrates idempotently', async () => {
    await migrateToLatest(db);
    const r = await sql<{ n: number }>`select count(*) as n from users`.execute(db);
    expect(Number(r.rows[0].n)).toBe(0);
  });

  it('creates users with a hash, finds them by email case-insensitively, disables them', async () => {
    const u = await createUser(db, {
      email: 'Ann@Example.test',
      name: 'Ann',
      password: 'a-long-password',
      role: 'admin',
    });
    const found = await findUserForSignIn(db, 'ann@example.TEST');
    expect(found).toMatchObject({ id: u.id, role: 'admin', disabled: false });
    expect(found?.passwordHash).toMatch(/^\$argon2id\$/);
    await setUserDisabled(db, u.id, true);
    expect((await findUserById(db, u.id))?.disabled).toBe(true);
  });

  it('keeps email unique', async () => {
    await createUser(db, { email: 'dup@x.test', name: 'D', password: 'a-long-password', role: 'viewer' });
    await expect(
      createUser(db, { email: 'dup@x.test', name: 'D', password: 'a-long-password', role: 'viewer' }),
    ).rejects.toThrow();
  });

  it('binds a client user to its client', async () => {
    const u = await createUser(db, {
      email: 'c@x.test',
      name: 'C',
      password: 'a-long-password',
      role: 'client',
      clientId: 'CL42',
    });
    expect((await findUserById(db, u.id))?.clientId).toBe('CL42');
    await expect(
      createUser(db, { email: 'c2@x.test', name: 'C', password: 'a-long-password', role: 'client' }),
    ).rejects.toThrow(/client_id/);
  });

  it('appends audit entries and pages them newest first with filters', async () => {
    for (let i = 0; i < 7; i++) {
      await appendAudit(db, {
        userId: 'u',
        userEmail: 'o@x.test',
        role: 'owner',
        clientId: i % 2 ? 'CL1' : 'CL2',
        action: 'numbers.buy',
        input: { n: i, password: 'nope' },
        outcome: i === 6 ? 'error' : 'ok',
        ip: '127.0.0.1',
        requestId: `r${i}`,
      });
    }
    const page1 = await listAudit(db, { page: 1, pageSize: 3 });
    expect(page1.total).toBe(7);
    expect(page1.rows).toHaveLength(3);
    expect(page1.rows[0].requestId).toBe('r6');
    expect(JSON.parse(page1.rows[0].input)).toEqual({ n: 6, password: '[redacted]' });
    expect((await listAudit(db, { page: 1, pageSize: 10, clientId: 'CL1' })).total).toBe(3);
    expect((await listAudit(db, { page: 1, pageSize: 10, outcome: 'error' })).total).toBe(1);
  });

  it('stores idempotency records with a unique key', async () => {
    const row = {
      key: 'k1',
      action: 'numbers.buy',
      user_id: 'u',
      client_id: 'CL1',
      request_hash: 'h',
      status: 'pending',
      result: null,
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
    };
    await db.insertInto('idempotency').values(row).execute();
    await expect(db.insertInto('idempotency').values(row).execute()).rejects.toThrow();
  });
});
