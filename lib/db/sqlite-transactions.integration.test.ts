import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db';

/**
 * The server's SQLite file has two writers (the server's connection and the clients-mirror
 * refresh worker's): a transaction that reads, then writes after the other committed, must not
 * fail with SQLITE_BUSY.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'txn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function setUp(name: string) {
  const file = path.join(dir, name);
  const db = await createDb({ kind: 'sqlite', file });
  await sql`create table t (id integer primary key, v integer not null)`.execute(db);
  await sql`insert into t (id, v) values (1, 0), (2, 0)`.execute(db);
  // The other writer, as the worker's connection is: its own handle on the same file.
  const other = new Database(file);
  other.pragma('busy_timeout = 0');
  return { db, other };
}

describe('SQLite transactions on the server file', () => {
  it('hold the write lock from BEGIN: the other writer waits rather than slipping in between', async () => {
    const { db, other } = await setUp('a.db');
    try {
      await db.transaction().execute(async (trx) => {
        await sql`select v from t where id = 1`.execute(trx);
        // With a deferred BEGIN this write would succeed, and the update below would then fail
        // with SQLITE_BUSY (a stale snapshot cannot be upgraded to a write).
        expect(() => other.prepare('update t set v = v + 1 where id = 2').run()).toThrow(/locked|busy/i);
        await sql`update t set v = v + 1 where id = 1`.execute(trx);
      });
      other.prepare('update t set v = v + 1 where id = 2').run();
      const rows = other.prepare('select id, v from t order by id').all();
      expect(rows).toEqual([
        { id: 1, v: 1 },
        { id: 2, v: 1 },
      ]);
    } finally {
      other.close();
      await db.destroy();
    }
  });

  it('what a deferred BEGIN did: a write after another connection committed fails at once', () => {
    const file = path.join(dir, 'b.db');
    const a = new Database(file);
    a.pragma('journal_mode = WAL');
    a.pragma('busy_timeout = 5000');
    a.exec('create table t (id integer primary key, v integer not null); insert into t values (1, 0), (2, 0)');
    const b = new Database(file);
    try {
      a.exec('begin');
      a.prepare('select v from t where id = 1').get();
      b.prepare('update t set v = 1 where id = 2').run();
      const started = Date.now();
      expect(() => a.prepare('update t set v = 1 where id = 1').run()).toThrow(/locked|busy/i);
      // Not after busy_timeout: SQLite knows waiting cannot help.
      expect(Date.now() - started).toBeLessThan(1000);
      a.exec('rollback');
    } finally {
      a.close();
      b.close();
    }
  });
});
