import 'server-only';
import { Worker } from 'node:worker_threads';
import { insideNextServer } from '@/lib/env';
import { recordPartnerAttempt } from '@/lib/explorer/metrics';
import { log } from '@/lib/log';
import { type PartnerClient, partnerApi } from '@/lib/partner-api';
import { fromSent, type LoadRequest, WORKER_ROLE, type WorkerMessage } from './mirror-worker-messages';

/**
 * Runs the heavy half of a clients-mirror refresh (mirror-load.ts) on a worker thread.
 *
 * Why: at 10,000 clients one refresh allocates the list several times over (parsed JSON, the
 * checked copy, the rows, Kysely's queries). The slices and yields kept each turn of the loop
 * short, but the collections that garbage brings cannot be sliced: a bench trace showed
 * scavenges of 25-39 ms and a 59 ms mark-compact during one refresh, and 1 round in 5 of the
 * bench held the event loop 65-108 ms. A worker has its own heap, so its collections never
 * pause the server; the event loop only sees two messages. One worker per process, started on
 * the first refresh and kept (idle, unref'd) for the next.
 *
 * Only inside the Next server (insideNextServer), where the bundler has built the worker's entry;
 * tests and scripts run the load in their own thread. If the worker cannot start, the server
 * does the same and says so once in the log.
 */

type Waiting = { resolve: () => void; reject: (err: Error) => void };

let worker: Worker | null = null;
let started: Promise<boolean> | null = null;
let unavailable = !insideNextServer();
let nextId = 1;
const waiting = new Map<number, Waiting>();

// A refresh the worker has not answered in this long is given up (the worker is stopped): the
// refresh lease expires then too, and a hung job must not block this instance's refreshes.
const JOB_LIMIT_MS = 60_000;

/** The worker `w` stopped: its jobs fail, and the next refresh starts another. */
function stopped(w: Worker, err: Error) {
  if (worker !== w) return; // already handled ('error' is followed by 'exit')
  worker = null;
  started = null;
  for (const job of waiting.values()) job.reject(err);
  waiting.clear();
}

/** Starts the worker once; false when it cannot run here (then never tried again). */
function start(): Promise<boolean> {
  started ??= new Promise<boolean>((resolve) => {
    let ready = false;
    const giveUp = (err: unknown) => {
      if (unavailable) return; // already said ('error' is followed by 'exit')
      unavailable = true;
      log.warn({ err }, 'clients mirror refresh worker could not start; refreshes run on the event loop');
      resolve(false);
    };
    let w: Worker;
    try {
      w = new Worker(new URL('./mirror-worker.ts', import.meta.url), { workerData: { role: WORKER_ROLE } });
    } catch (err) {
      giveUp(err);
      return;
    }
    w.unref();
    w.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') {
        ready = true;
        worker = w;
        resolve(true);
      } else if (m.type === 'attempt') {
        recordPartnerAttempt(m.metric);
      } else {
        const job = waiting.get(m.id);
        waiting.delete(m.id);
        if (!waiting.size) w.unref();
        if (m.error) job?.reject(fromSent(m.error));
        else job?.resolve();
      }
    });
    // Before it was ready: it cannot run here. After: it stopped mid-way; the next refresh starts another.
    w.on('error', (err) => (ready ? stopped(w, err) : giveUp(err)));
    w.on('exit', (code) => {
      if (!ready) giveUp(new Error(`exit code ${code}`));
      else stopped(w, new Error(`clients mirror refresh worker exited (code ${code})`));
    });
  });
  return started;
}

/**
 * Loads upstream's list into the mirror as `generation` on the worker thread. Resolves true when
 * done, false when the caller must load in its own thread: no worker can run here, or `api` is
 * not the server's own partner client (a test's fake upstream), which is what the worker uses
 * (with the server's own database). Upstream and database failures are thrown as in-thread.
 */
export async function loadOffThread(api: PartnerClient, generation: number): Promise<boolean> {
  if (unavailable || api !== partnerApi() || !(await start()) || !worker) return false;
  const w = worker;
  const id = nextId++;
  const done = new Promise<void>((resolve, reject) => waiting.set(id, { resolve, reject }));
  // Kept referenced while it works: a refresh in flight holds the process open like any request.
  w.ref();
  const limit = setTimeout(() => void w.terminate(), JOB_LIMIT_MS);
  try {
    w.postMessage({ id, generation } satisfies LoadRequest);
    await done;
  } finally {
    clearTimeout(limit);
  }
  return true;
}
