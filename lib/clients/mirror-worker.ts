/**
 * Entry of the clients-mirror refresh worker thread (started by mirror-thread.ts): loads
 * upstream's list into `clients_mirror` with a heap, a database connection and a partner client
 * of its own, so the garbage the load makes is collected off the server's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createDb, type DB } from '@/lib/db';
import { env } from '@/lib/env';
import { createPartnerClient } from '@/lib/partner-api';
import { loadGeneration } from './mirror-load';
import { type LoadRequest, toSent, WORKER_ROLE, type WorkerMessage } from './mirror-worker-messages';

const port = parentPort;
if (port && workerData?.role === WORKER_ROLE) {
  const post = (m: WorkerMessage) => port.postMessage(m);
  const e = env();
  const api = createPartnerClient({
    baseUrl: e.partnerApiBaseUrl,
    apiKey: e.partnerApiKey,
    timeoutMs: e.partnerApiTimeoutMs,
    // Settings → API's latency figures live on the server's thread.
    onAttempt: (metric) => post({ type: 'attempt', metric }),
  });
  // No checkpoint worker of its own: this connection's commits checkpoint here, off the event loop.
  let db: Promise<DB> | undefined;
  port.on('message', async ({ id, generation }: LoadRequest) => {
    try {
      db ??= createDb(e.database);
      await loadGeneration(await db, api, generation);
      post({ type: 'done', id });
    } catch (err) {
      post({ type: 'done', id, error: toSent(err) });
    }
  });
  post({ type: 'ready' });
}
