import 'server-only';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';
import { log } from '@/lib/log';

/**
 * WAL checkpoints for the server's SQLite file, on a worker thread instead of the event loop.
 *
 * SQLite checkpoints automatically on the commit that grows the WAL past 1,000 pages, inside
 * that commit: copying the WAL into the database file and fsyncing it. After a mirror refresh at
 * 10,000 clients (~6 MB of WAL) that held the event loop 80-130 ms (found with a CPU profile:
 * one query of 130 ms with almost no samples, i.e. blocked in I/O). Here the server's own
 * connection never checkpoints; a worker with its own connection runs a PASSIVE checkpoint
 * (never waits for readers or the writer) every second. If the worker cannot start or dies, the
 * connection checkpoints by itself again, as before.
 */
const EVERY_MS = 1_000;

// Plain CommonJS for an eval'd worker: `require` resolves from the working directory, where
// better-sqlite3 is installed (next.config.js keeps it external to the bundle).
const WORKER = `
const { workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.everyMs);
`;

export function checkpointOffThread(sqlite: BetterSqlite3.Database, file: string): void {
  const fallback = (err: unknown) => {
    log.warn({ err }, 'SQLite checkpoint worker stopped; the server connection checkpoints again');
    sqlite.pragma('wal_autocheckpoint = 1000');
  };
  try {
    const worker = new Worker(WORKER, { eval: true, workerData: { file, everyMs: EVERY_MS } });
    // Never keeps a process (a script, a test run) alive by itself.
    worker.unref();
    worker.on('error', fallback);
    worker.on('exit', (code) => code !== 0 && fallback(new Error(`exit code ${code}`)));
    sqlite.pragma('wal_autocheckpoint = 0');
  } catch (err) {
    fallback(err);
  }
}
