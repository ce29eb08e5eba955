import { expect } from 'vitest';
import { createPartnerClient, isPartnerApiError, type PartnerClient } from '@/lib/partner-api';
import { type SandboxServer, type StartOptions, startSandboxServer } from './harness';

/** Contract-test setup for the core groups: a running sandbox and the portal's own client. */
export type CoreContract = {
  server: SandboxServer;
  api: PartnerClient;
  /** POSTs a raw body, for sandbox-side checks the portal's client would refuse to send. */
  raw: (path: string, body: unknown) => Promise<{ status: number; json: any }>;
  /** The newest code sent to `to` for `purpose`, read from /sandbox/inbox.json. */
  code: (to: string, purpose?: string) => Promise<string>;
};

export const T0 = new Date('2025-08-01T10:00:00.000Z');

const quiet = { info: () => undefined, warn: () => undefined } as unknown as Parameters<
  typeof createPartnerClient
>[0]['logger'];

export async function startCoreContract(
  opts: StartOptions & { retries?: number; timeoutMs?: number } = {},
): Promise<CoreContract> {
  const server = await startSandboxServer(opts);
  server.setNow(T0);
  const api = createPartnerClient({
    baseUrl: server.baseUrl,
    apiKey: server.apiKey,
    timeoutMs: opts.timeoutMs ?? 5000,
    retries: opts.retries ?? 0,
    retryBaseMs: 1,
    logger: quiet,
  });
  return {
    server,
    api,
    raw: async (path, body) => {
      const res = await fetch(`${server.baseUrl}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    },
    code: async (to, purpose = 'registration') => {
      // The portal's inbox route wants staff or the key; send the key wherever this runs.
      const res = await fetch(`${server.baseUrl}/inbox.json?to=${encodeURIComponent(to)}`, {
        headers: { Authorization: `Bearer ${server.apiKey}` },
      });
      const list = (await res.json()) as { purpose: string; code: string }[];
      const hit = list.find((m) => m.purpose === purpose);
      if (!hit) throw new Error(`no ${purpose} code for ${to}`);
      return hit.code;
    },
  };
}

/** Expects a PartnerApiError with this HTTP status (and field errors on `fields`). */
export async function expectStatus(promise: Promise<unknown>, status: number, ...fields: string[]) {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isPartnerApiError(err), String(err)).toBe(true);
  const e = err as { status: number; fieldErrors: Record<string, string[]>; upstreamMessage: string };
  expect(e.status, e.upstreamMessage).toBe(status);
  for (const f of fields) expect(Object.keys(e.fieldErrors)).toContain(f);
  return e;
}
