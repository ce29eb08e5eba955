import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DB, migrateToLatest } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { newIdempotencyKey } from '@/lib/idempotency';
import { purchaseNumber } from '@/lib/numbers/purchase';
import { createPartnerClient, type PartnerClient } from '@/lib/partner-api';
import { type SandboxServer, startSandboxServer } from '@/lib/sandbox/contract/harness';
import { addCredits } from '@/lib/wallet/credit';

/**
 * Fault trials (issue 15): 100 randomized runs of buying a number and adding credits through
 * the portal's real exactly-once code, against the real sandbox with faults armed at random
 * (timeout, 5xx, malformed body, latency), with double submits and retries. After each run the
 * portal's answer must match the upstream's state: a "succeeded" exists exactly once upstream,
 * a "failed" does not exist at all, and nothing stays undecided once the faults are gone.
 */
const quiet = { info: () => undefined, warn: () => undefined } as unknown as Parameters<
  typeof createPartnerClient
>[0]['logger'];

let server: SandboxServer;
let api: PartnerClient;
let db: DB;
let clientId: string;

const KINDS = ['none', 'timeout', 'error', 'malformed', 'latency'] as const;
type Kind = (typeof KINDS)[number];

async function arm(endpoint: string, kind: Kind, times: number): Promise<void> {
  if (kind === 'none') return;
  const body: Record<string, unknown> = { endpoint, kind, times };
  if (kind === 'error') body.status = 503;
  if (kind === 'latency') body.ms = 30;
  const res = await fetch(`${server.baseUrl}/_faults`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`arming ${kind} on ${endpoint}: ${res.status}`);
}

async function clear(): Promise<void> {
  await fetch(`${server.baseUrl}/_faults`, { method: 'DELETE', headers: { Authorization: `Bearer ${server.apiKey}` } });
}

/** One submit as the dialog makes it: the outcome, or the message a person would read. */
async function settle<T>(attempt: () => Promise<T>): Promise<T | { message: string }> {
  try {
    return await attempt();
  } catch (err) {
    if (err instanceof UserError) return { message: err.message };
    throw err; // Anything else would reach the person as "Something went wrong": a failure here.
  }
}

const isPending = (r: unknown) => !!r && typeof r === 'object' && 'state' in r && r.state === 'pending';
const succeeded = (r: unknown) => !!r && typeof r === 'object' && 'state' in r && r.state === 'succeeded';

beforeAll(async () => {
  server = await startSandboxServer({ hangMs: 400 });
  api = createPartnerClient({
    baseUrl: server.baseUrl,
    apiKey: server.apiKey,
    timeoutMs: 150,
    retries: 1,
    retryBaseMs: 1,
    logger: quiet,
    // The breaker would (rightly) open under a stream of injected faults; trials test the
    // exactly-once rules, not the breaker.
    breaker: { failureThreshold: 1_000_000, cooldownMs: 1 },
  });
  db = await createDb({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
  // A fresh client, made through the API the way the provider onboards one.
  const { createTrialClient } = await import('./trial-client');
  clientId = await createTrialClient(server);
  await api.call('add_client_credits', { client_id: clientId, credit: '1000000' });
});
afterAll(async () => {
  await db?.destroy();
  await server?.close();
});

describe('fault trials: exactly-once money and numbers under random faults', () => {
  it('100 randomized runs: no duplicate, every attempt confirmed or reconciled, truthful answers', async () => {
    const numbers = (await api.call('search_dids', { client_id: clientId, country_code: '+91' })).map((d) => d.number);
    let run = 0;
    const seen = { pending: 0, failed: 0, succeeded: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          op: fc.constantFrom('buy', 'credit'),
          kind: fc.constantFrom(...KINDS),
          times: fc.integer({ min: 1, max: 3 }),
          // Faults on the reconciling reads too (client_dids / wallet_transactions).
          readKind: fc.constantFrom('none', 'none', 'timeout', 'error'),
          doubleSubmit: fc.boolean(),
          rupees: fc.integer({ min: 1, max: 9999 }),
        }),
        async (t) => {
          run += 1;
          const key = newIdempotencyKey();
          const number = numbers[run % numbers.length];
          const before =
            t.op === 'buy'
              ? (await api.call('client_dids', { client_id: clientId })).length
              : (await api.call('wallet_transactions', { client_id: clientId, limit: '1' })).total;
          await arm(t.op === 'buy' ? 'buy_did' : 'add_client_credits', t.kind, t.times);
          await arm(t.op === 'buy' ? 'client_dids' : 'wallet_transactions', t.readKind, 1);
          const submit = () =>
            settle<unknown>(() =>
              t.op === 'buy'
                ? purchaseNumber({ db, api }, { clientId, number, key, userId: 'u-trial' })
                : addCredits({ db, api }, { clientId, amount: String(t.rupees), key, userId: 'u-trial' }),
            );
          const first = t.doubleSubmit ? await Promise.all([submit(), submit()]) : [await submit()];
          // The dialog re-asks with the same key while pending; faults clear after a while.
          let last = first[first.length - 1];
          for (let i = 0; i < 4 && first.concat([last]).some(isPending); i++) {
            if (i === 1) await clear();
            last = await submit();
            first.push(last);
          }
          await clear();
          while (isPending(last)) last = await submit();

          const after =
            t.op === 'buy'
              ? (await api.call('client_dids', { client_id: clientId })).length
              : (await api.call('wallet_transactions', { client_id: clientId, limit: '1' })).total;
          const happened = after - before;
          // Exactly once, or not at all: never twice, whatever was retried or double-submitted.
          expect(happened, `run ${run} ${JSON.stringify(t)}`).toBeLessThanOrEqual(1);
          // Every answer the person saw agrees with what happened upstream.
          for (const r of [...first, last]) {
            if (succeeded(r)) expect(happened, `run ${run}: said succeeded`).toBe(1);
            if (r && typeof r === 'object' && 'message' in r) {
              const message = String(r.message);
              expect(message.length).toBeGreaterThan(10);
              expect(message).not.toMatch(/stack|TypeError|undefined|\bat \w+ \(/);
            }
          }
          if (first.some(isPending)) seen.pending += 1;
          if (succeeded(last)) seen.succeeded += 1;
          else seen.failed += 1;
          // The final answer is decided, and truthful.
          expect(isPending(last)).toBe(false);
          if (happened === 1)
            expect(succeeded(last), `run ${run}: happened but final answer ${JSON.stringify(last)}`).toBe(true);
          else expect(succeeded(last)).toBe(false);
        },
      ),
      { numRuns: 100, seed: 20261202 },
    );
    expect(run).toBe(100);
    // The trials must really exercise the hard paths, not only the happy one.
    expect(seen.pending, JSON.stringify(seen)).toBeGreaterThanOrEqual(10);
    expect(seen.failed, JSON.stringify(seen)).toBeGreaterThanOrEqual(5);
    expect(seen.succeeded, JSON.stringify(seen)).toBeGreaterThanOrEqual(30);
  }, 240_000);
});
