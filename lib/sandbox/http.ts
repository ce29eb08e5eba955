import { randomUUID, timingSafeEqual } from 'node:crypto';
import { log } from '@/lib/log';
import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { findClient } from './clients-store';
import { type SandboxContext, SandboxError } from './core';
import { armFault, clearFaults, type Fault, takeFault } from './faults';
import { handlers } from './handlers';
import { deliverToSandboxInbox } from './inbox-deliver';
import { migrateSandbox } from './migrations';
import { expireOtps, listInbox } from './otp-store';
import { isStateChanging, methodOf, NO_CLIENT_GUARD, resolveRoute } from './routes';

export type SandboxHandlerOptions = {
  db: DB;
  apiKey: string;
  now?: () => Date;
  /** How long a "timeout" fault hangs before giving up with 504 (tests shorten it). */
  hangMs?: number;
};

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export function envelope(status: number, message: string, data: unknown, errors?: Record<string, string[]>): Response {
  const body = errors ? { status, message, data, errors } : { status, message, data };
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

function keyMatches(header: string | null, apiKey: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1].trim());
  const b = Buffer.from(apiKey);
  return a.length === b.length && timingSafeEqual(a, b);
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });

async function readJsonBody(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SandboxError(400, 'The request body is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SandboxError(400, 'The request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/**
 * The emulator's HTTP face: auth, routing, method, JSON, inactive-client guard, armed
 * faults, envelope. Framework-free (a fetch-style handler) so Next routes and the contract
 * tests' node:http server share it.
 */
export function createSandboxHandler(opts: SandboxHandlerOptions): (req: Request) => Promise<Response> {
  const now = opts.now ?? (() => new Date());
  const hangMs = opts.hangMs ?? 30_000;
  // The emulator's tables are its own (lib/sandbox/migrations); created before the first answer.
  const ready = migrateSandbox(opts.db);

  return async (req) => {
    await ready;
    const url = new URL(req.url);
    const route = resolveRoute(url.pathname);
    const requestId = req.headers.get('x-request-id') ?? randomUUID();
    try {
      if (route.kind === 'inbox') {
        // The sandbox's stand-in for phones and mailboxes: no key, like reading your own SMS.
        if (req.method !== 'GET') throw new SandboxError(405, 'Use GET');
        const messages = await listInbox(opts.db, url.searchParams.get('to') ?? undefined);
        return Response.json(
          messages.map(({ body: _body, ...m }) => m),
          { headers: JSON_HEADERS },
        );
      }
      if (route.kind === 'none') throw new SandboxError(404, `Unknown endpoint ${url.pathname}`);
      if (!keyMatches(req.headers.get('authorization'), opts.apiKey)) {
        throw new SandboxError(401, 'Missing or invalid API key');
      }
      if (route.kind === 'faults') {
        if (req.method === 'DELETE') {
          await clearFaults(opts.db, {
            clientId: url.searchParams.get('client_id'),
            endpoint: url.searchParams.get('endpoint'),
          });
          return envelope(200, 'Faults cleared', null);
        }
        if (req.method !== 'POST') throw new SandboxError(405, 'Use POST or DELETE');
        const armed = await armFault(opts.db, now(), await readJsonBody(req));
        return envelope(200, 'Fault armed', armed);
      }

      if (route.kind === 'deliver') {
        // The portal's own messages in sandbox mode (resume links, invites, password resets):
        // the inbox stands in for the mailbox and the phone.
        if (req.method !== 'POST') throw new SandboxError(405, 'Use POST');
        const b = await readJsonBody(req);
        const text = (v: unknown, max: number) => typeof v === 'string' && v.trim() !== '' && v.length <= max;
        if (!text(b.to, 200)) throw new SandboxError(422, 'Invalid to', { to: ['required'] });
        if (b.channel !== 'email' && b.channel !== 'mobile')
          throw new SandboxError(422, 'Invalid channel', { channel: ['email or mobile'] });
        if (b.purpose !== 'resume' && b.purpose !== 'invite' && b.purpose !== 'password-reset')
          throw new SandboxError(422, 'Invalid purpose', { purpose: ['resume, invite or password-reset'] });
        if (!text(b.body, 20_000)) throw new SandboxError(422, 'Invalid body', { body: ['required'] });
        await deliverToSandboxInbox(opts.db, {
          to: b.to as string,
          channel: b.channel,
          purpose: b.purpose,
          body: b.body as string,
          now: now(),
        });
        return envelope(200, 'Delivered', null);
      }

      if (route.kind === 'expire-otps') {
        // Test control: lets an end-to-end test see the "code expired" path without waiting
        // ten minutes, and without moving the clock of every other test running alongside.
        if (req.method !== 'POST') throw new SandboxError(405, 'Use POST');
        const { to } = await readJsonBody(req);
        if (typeof to !== 'string' || to === '')
          throw new SandboxError(422, 'Name the recipient', { to: ['required'] });
        const expired = await expireOtps(opts.db, to, now());
        return envelope(200, 'Codes expired', { expired });
      }

      const handler = handlers[route.name];
      if (!handler) throw new SandboxError(404, `Unknown endpoint ${route.name}`);
      const method = methodOf(route.name);
      if (req.method !== method) throw new SandboxError(405, `${route.name} takes ${method}`);
      const body = method === 'POST' ? await readJsonBody(req) : {};

      // Guard here too so that no handler can forget it (update_status "0" → 403 everywhere).
      if (isStateChanging(route.name) && !NO_CLIENT_GUARD.has(route.name)) {
        const client = await findClient({ db: opts.db }, body.client_id);
        if (client && client.status !== '1') {
          throw new SandboxError(403, `Client ${client.client_id} is inactive: reactivate it with update_status first`);
        }
      }

      const callClient = typeof body.client_id === 'string' ? body.client_id : (route.params.client_id ?? null);
      const fault = await takeFault(opts.db, route.name, callClient);
      if (fault?.kind === 'latency') await sleep(fault.ms ?? 2000, req.signal);
      if (fault?.kind === 'error') {
        const status = fault.status ?? 500;
        return envelope(status, `Injected fault: upstream error ${status}`, null);
      }

      const ctx: SandboxContext = { db: opts.db, now, requestId };
      const result = await handler(ctx, body, route.params);
      return await deliver(fault, result.status ?? 200, result.message, result.data, req.signal, hangMs);
    } catch (err) {
      if (err instanceof SandboxError) return envelope(err.status, err.message, err.data, err.errors);
      log.error({ err, requestId, path: url.pathname }, 'sandbox handler failed');
      return envelope(500, 'Internal sandbox error', null);
    }
  };
}

/**
 * Faults that strike after the work is done, as real ones do: a "timeout" or "malformed"
 * mutation has taken effect upstream, which is what the portal's reconciliation must handle.
 */
async function deliver(
  fault: Fault | null,
  status: number,
  message: string,
  data: unknown,
  signal: AbortSignal,
  hangMs: number,
): Promise<Response> {
  if (fault?.kind === 'timeout') {
    await sleep(hangMs, signal);
    return envelope(504, 'Injected fault: upstream timed out', null);
  }
  if (fault?.kind === 'malformed') {
    return new Response(`{"status":${status},"message":"${message}","data":<html>Bad Gateway`, {
      status: 200,
      headers: JSON_HEADERS,
    });
  }
  return envelope(status, message, data);
}
