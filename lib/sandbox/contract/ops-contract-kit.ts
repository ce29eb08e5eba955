import { expect } from 'vitest';
import { createPartnerClient, isPartnerApiError, type PartnerClient } from '@/lib/partner-api';
import { type SandboxServer, startSandboxServer } from '@/lib/sandbox/contract/harness';
import { addClient } from '@/lib/sandbox/ops-test-kit';

/** Contract-test setup for the ops groups: a running sandbox, the portal's client, a clock. */
export type OpsContract = {
  server: SandboxServer;
  api: PartnerClient;
  /** Adds an active client owning `dids` straight into the sandbox store (KYC is core's suite). */
  client: (clientId: string, dids?: string[]) => Promise<string>;
  /** POSTs a raw body, for sandbox-side 422s the portal's client would refuse to send. */
  raw: (path: string, body: unknown) => Promise<{ status: number; json: any }>;
};

export const T0 = new Date('2025-08-01T10:00:00.000Z');

const quiet = { info: () => undefined, warn: () => undefined } as unknown as Parameters<
  typeof createPartnerClient
>[0]['logger'];

export async function startOpsContract(): Promise<OpsContract> {
  const server = await startSandboxServer();
  server.setNow(T0);
  const api = createPartnerClient({
    baseUrl: server.baseUrl,
    apiKey: server.apiKey,
    timeoutMs: 5000,
    retries: 0,
    logger: quiet,
  });
  const ctx = { db: server.db, now: () => T0, requestId: 'contract-setup' };
  return {
    server,
    api,
    client: (clientId, dids = []) => addClient(ctx, clientId, dids),
    raw: async (path, body) => {
      const res = await fetch(`${server.baseUrl}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    },
  };
}

/** Expects a PartnerApiError with this HTTP status (and a field error on `field`, if given). */
export async function rejects(promise: Promise<unknown>, status: number, field?: string): Promise<void> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isPartnerApiError(err), String(err)).toBe(true);
  const e = err as { status: number; fieldErrors: Record<string, string[]>; upstreamMessage: string };
  expect(e.status, e.upstreamMessage).toBe(status);
  if (field) expect(Object.keys(e.fieldErrors)).toContain(field);
}

/** Expects the raw envelope of a sandbox-side validation failure. */
export function expect422(res: { status: number; json: any }, field: string): void {
  expect(res.status).toBe(422);
  expect(res.json).toMatchObject({ status: 422, data: null });
  expect(Object.keys(res.json.errors ?? {})).toContain(field);
}
