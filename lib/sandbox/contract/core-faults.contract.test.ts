import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPartnerClient, isPartnerApiError } from '@/lib/partner-api';
import { createClientRecord } from '@/lib/sandbox/clients-store';
import { type CoreContract, expectStatus, startCoreContract, T0 } from './core-contract-kit';

const C = 'CLCTFAULT001';
let k: CoreContract;
beforeAll(async () => {
  k = await startCoreContract({ retries: 2, timeoutMs: 300, hangMs: 2000 });
  await createClientRecord(
    { db: k.server.db, now: () => T0 },
    { clientId: C, name: 'F', email: 'f@acme.test', mobile: '9876533333' },
  );
});
beforeEach(async () => {
  await fetch(`${k.server.baseUrl}/_faults`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${k.server.apiKey}` },
  });
});
afterAll(() => k.server.close());

const arm = (body: Record<string, unknown>) =>
  fetch(`${k.server.baseUrl}/_faults`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${k.server.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('auth and faults seen through the portal client', () => {
  it('401 with a wrong key', async () => {
    const bad = createPartnerClient({
      baseUrl: k.server.baseUrl,
      apiKey: 'not-the-key-000000',
      timeoutMs: 1000,
      retries: 0,
      logger: { info() {}, warn() {} } as never,
    });
    await expectStatus(bad.call('clients'), 401);
  });

  it('a 503 on a read is retried and succeeds', async () => {
    expect((await arm({ endpoint: 'clients', kind: 'error', status: 503, times: 2 })).status).toBe(200);
    expect(await k.api.call('clients')).toHaveLength(1);
  });

  it('a timeout on a mutation is reported, sent once, and took effect upstream', async () => {
    await arm({ endpoint: 'add_client_credits', kind: 'timeout' });
    const err = await k.api.call('add_client_credits', { client_id: C, credit: '100' }).catch((e: unknown) => e);
    expect(isPartnerApiError(err) && err.kind).toBe('timeout');
    const tx = await k.api.call('wallet_transactions', { client_id: C });
    expect(tx.total).toBe(1);
  });

  it('malformed bodies and latency', async () => {
    await arm({ endpoint: 'wallet_balance', kind: 'malformed', times: 3 });
    const err = await k.api.call('wallet_balance', { client_id: C }).catch((e: unknown) => e);
    expect(isPartnerApiError(err) && err.kind).toBe('malformed');
    await arm({ endpoint: 'did_regions', kind: 'latency', ms: 100 });
    const t = Date.now();
    await k.api.call('did_regions');
    expect(Date.now() - t).toBeGreaterThanOrEqual(90);
  });
});
