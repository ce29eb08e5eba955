import http from 'node:http';
import https from 'node:https';
import { gunzip } from 'node:zlib';

/**
 * How the partner client (client.ts, the one fetch wrapper) puts a request on the wire. The
 * global `fetch` satisfies this type, and unit tests pass their own; the app uses
 * `nodeHttpTransport` below.
 */
export type TransportInit = {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
};
export type TransportResponse = { ok: boolean; status: number; text(): Promise<string> };
export type Transport = (url: string, init: TransportInit) => Promise<TransportResponse>;

// Upstream is one host: keep its connections open and reuse the most recent (warm) one first.
// An idle connection is closed after IDLE_MS, or 1 s before the server's own `Keep-Alive:
// timeout=N` if that is sooner (Node only applies the server's hint when `timeout` is set). Left
// open until the server closes it, a connection can be reused at the moment the server drops it:
// ECONNRESET, which for a purchase or a top-up means "outcome unknown" (seen in the bench at 4
// parallel calls after 6 s idle). `timeout` also arms on busy sockets, where it only emits an
// event nobody acts on; the request's own timer (the AbortSignal) decides when to give up.
const IDLE_MS = 4_000;

/**
 * Node's own HTTP client with keep-alive. Node's `fetch` (undici) builds WHATWG Request,
 * Headers, AbortSignal and stream objects and parses responses in WebAssembly; Next also wraps
 * it for its data cache, which the partner client never uses. Measured in `npm run bench`
 * (server action round trip), that cost a few milliseconds of CPU per upstream call, on the
 * path of every server action. A response with `Content-Encoding: gzip` is unpacked here, so
 * big answers (the unpaged clients list) still travel compressed.
 */
export function createNodeHttpTransport(idleMs = IDLE_MS): Transport {
  const options = { keepAlive: true, maxSockets: 128, scheduling: 'lifo' as const, timeout: idleMs };
  const agents = { http: new http.Agent(options), https: new https.Agent(options) };
  return (url, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const headers: Record<string, string | number> = { ...init.headers, 'Accept-Encoding': 'gzip' };
      if (init.body !== undefined) headers['Content-Length'] = Buffer.byteLength(init.body);
      const req = (secure ? https : http).request(
        target,
        { method: init.method, headers, agent: secure ? agents.https : agents.http, signal: init.signal },
        (res) => {
          const chunks: Buffer[] = [];
          const body = new Promise<string>((done, fail) => {
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', fail);
            // A body cut short (the timer aborted, the peer hung up) must not read as complete.
            res.on('close', () => {
              if (!res.complete) fail(new Error('the response ended before its body was complete'));
            });
            res.on('end', () => {
              const raw = Buffer.concat(chunks);
              if (!/\bgzip\b/i.test(String(res.headers['content-encoding'] ?? ''))) return done(raw.toString('utf8'));
              gunzip(raw, (err, out) => (err ? fail(err) : done(out.toString('utf8'))));
            });
          });
          // The caller may never read the body (it only looks at the status): no unhandled rejection.
          body.catch(() => undefined);
          const status = res.statusCode ?? 0;
          resolve({ ok: status >= 200 && status < 300, status, text: () => body });
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
}

export const nodeHttpTransport = createNodeHttpTransport();
