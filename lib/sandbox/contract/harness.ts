import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDb, migrateToLatest } from '@/lib/db';
import { createSandboxHandler } from '@/lib/sandbox/http';
import { migrateSandbox } from '@/lib/sandbox/migrations';
import { asSandboxDb, type SandboxDB as DB } from '@/lib/sandbox/schema';
import { seedSandbox } from '@/lib/sandbox/seed';

export type SandboxServer = {
  /** What the portal's client takes as baseUrl: `http://127.0.0.1:<port>/sandbox`. */
  baseUrl: string;
  apiKey: string;
  db: DB;
  /** Pins the sandbox clock (OTP expiry, cooldowns, TTLs); `null` returns to real time. */
  setNow: (at: Date | null) => void;
  /** Moves the sandbox clock forward by `ms` from what it reads now. */
  advance: (ms: number) => void;
  close: () => Promise<void>;
};

export type StartOptions = {
  /** Load the demo data (clients, DIDs, transactions, ops data). Default false: empty sandbox. */
  seed?: boolean;
  /** How long a "timeout" fault hangs (default 30 s; clients abort earlier). */
  hangMs?: number;
  apiKey?: string;
};

/**
 * A real HTTP server around createSandboxHandler with a fresh in-memory database, for
 * contract tests that drive the sandbox through the portal's client.
 */
export async function startSandboxServer(opts: StartOptions = {}): Promise<SandboxServer> {
  const db = asSandboxDb(await createDb({ kind: 'sqlite', file: ':memory:' }));
  await migrateToLatest(db);
  await migrateSandbox(db);
  let pinned: Date | null = null;
  const now = () => (pinned ? new Date(pinned) : new Date());
  if (opts.seed) await seedSandbox(db, { now: now() });
  const apiKey = opts.apiKey ?? 'sbx_test_key_0123456789abcdef';
  const handle = createSandboxHandler({ db, apiKey, now, hangMs: opts.hangMs });

  const server = createServer((req, res) => {
    void forward(handle, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/sandbox`,
    apiKey,
    db,
    setNow: (at) => {
      pinned = at ? new Date(at) : null;
    },
    advance: (ms) => {
      pinned = new Date(now().getTime() + ms);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.destroy();
    },
  };
}

async function forward(handle: (req: Request) => Promise<Response>, req: IncomingMessage, res: ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const aborter = new AbortController();
  // A client that gives up (timeout) closes the socket: let a hanging fault stop waiting.
  res.on('close', () => {
    if (!res.writableFinished) aborter.abort();
  });
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === 'string') headers.set(k, v);
    else if (Array.isArray(v)) headers.set(k, v.join(', '));
  }
  const method = req.method ?? 'GET';
  const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' || chunks.length === 0 ? undefined : Buffer.concat(chunks),
    signal: aborter.signal,
  });
  try {
    const response = await handle(request);
    if (res.destroyed) return;
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch {
    if (!res.destroyed) res.writeHead(500).end();
  }
}
