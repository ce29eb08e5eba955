import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { createDb } from '@/lib/db';

/** The server's SQLite file is checkpointed by a worker thread, not by commits on the event loop. */
const dir = mkdtempSync(path.join(tmpdir(), 'ckpt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('commits leave the WAL alone and the worker copies it into the database file within seconds', async () => {
  const file = path.join(dir, 'portal.db');
  const db = await createDb({ kind: 'sqlite', file }, { checkpointOffThread: true });
  try {
    const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db);
    expect(rows[0].wal_autocheckpoint).toBe(0);
    await sql`create table t (id integer primary key, v text not null)`.execute(db);
    // ~4 MB in 40 commits: well past the 1,000 pages at which a commit would checkpoint itself.
    for (let i = 0; i < 40; i++) {
      const values = Array.from({ length: 100 }, (_, j) => ({ id: i * 100 + j, v: 'x'.repeat(1000) }));
      await db
        .insertInto('t' as never)
        .values(values as never)
        .execute();
    }
    // With autocheckpoint off, only the worker moves these pages from the WAL into the file.
    await expect.poll(() => statSync(file).size, { timeout: 5_000, interval: 200 }).toBeGreaterThan(4_000_000);
  } finally {
    await db.destroy();
  }
});
