import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DB, migrateToLatest } from '@/lib/db';
import { PartnerApiError, type PartnerClient } from '@/lib/partner-api';
import { addCredits, STILL_OPEN } from './credit';

/** A fake upstream ledger with just the calls adding credits makes, and a timeout switch. */
function fakeApi() {
  const ledger: { id: string; created_at: string; type: 'credit'; amount: string; balance_after: string }[] = [];
  const state = { calls: 0, timeout: false, lost: false, down: false, balance: 1000 };
  const api = {
    breakerState: () => 'closed' as const,
    call: async (name: string, input: Record<string, string>) => {
      if (name === 'add_client_credits') {
        state.calls++;
        // A request lost on the way: upstream never saw it.
        if (state.lost) throw new PartnerApiError({ endpoint: name, kind: 'timeout', outcomeUnknown: true });
        state.balance += Number(input.credit);
        const id = String(ledger.length + 1);
        ledger.unshift({
          id,
          created_at: new Date().toISOString(),
          type: 'credit',
          amount: input.credit,
          balance_after: String(state.balance),
        });
        if (state.timeout) throw new PartnerApiError({ endpoint: name, kind: 'timeout', outcomeUnknown: true });
        return { balance: String(state.balance), valid_till: input.valid_till ?? null, transaction_id: id };
      }
      if (state.down) throw new PartnerApiError({ endpoint: name, kind: 'timeout' });
      if (name === 'wallet_transactions') return { items: ledger, page: 1, limit: 100, total: ledger.length };
      throw new Error(`unexpected call ${name}`);
    },
  } as unknown as PartnerClient;
  return { api, state, ledger };
}

let db: DB;
beforeEach(async () => {
  db = await createDb({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
});
afterEach(() => db.destroy());

const K1 = '11111111-1111-4111-8111-111111111111';
const K2 = '22222222-2222-4222-8222-222222222222';
const req = (key: string, amount = '500') => ({ clientId: 'C1', amount, key, userId: 'u1' });

describe('addCredits', () => {
  it('credits once; a repeat of the key replays the first result', async () => {
    const { api, state } = fakeApi();
    const first = await addCredits({ db, api }, req(K1));
    expect(first).toMatchObject({ state: 'succeeded', replay: false, creditedPaise: 50_000, balancePaise: 150_000 });
    expect(await addCredits({ db, api }, req(K1))).toMatchObject({
      state: 'succeeded',
      replay: true,
      transactionId: '1',
    });
    expect(state.calls).toBe(1);
  });

  it('after a timeout is pending, then reconciled from the transactions without a second credit', async () => {
    const { api, state } = fakeApi();
    state.timeout = true;
    expect(await addCredits({ db, api }, req(K1))).toMatchObject({ state: 'pending', inProgress: false });
    state.timeout = false;
    state.down = true;
    // Upstream still unreachable: stays pending, and a new attempt is refused meanwhile.
    expect(await addCredits({ db, api }, req(K1))).toMatchObject({ state: 'pending' });
    await expect(addCredits({ db, api }, req(K2))).rejects.toThrow(STILL_OPEN);
    state.down = false;
    expect(await addCredits({ db, api }, req(K1))).toMatchObject({
      state: 'succeeded',
      replay: true,
      transactionId: '1',
    });
    expect(state.calls).toBe(1);
  });

  it('a timed-out attempt with no credit upstream is settled as failed and frees the client', async () => {
    const { api, state, ledger } = fakeApi();
    state.timeout = true;
    await addCredits({ db, api }, req(K1));
    ledger.length = 0; // the call never took effect upstream
    state.timeout = false;
    expect(await addCredits({ db, api }, req(K2, '250'))).toMatchObject({ state: 'succeeded', creditedPaise: 25_000 });
    await expect(addCredits({ db, api }, req(K1))).rejects.toThrow(/did not go through/);
  });

  it('does not let a second attempt of the same amount claim the credit of the first', async () => {
    const { api, state } = fakeApi();
    await addCredits({ db, api }, req(K1));
    state.lost = true;
    expect(await addCredits({ db, api }, req(K2))).toMatchObject({ state: 'pending' });
    state.lost = false;
    // Credit 1 (same amount, moments before) belongs to K1: K2 did not happen.
    await expect(addCredits({ db, api }, req(K2))).rejects.toThrow(/did not go through/);
    expect(state.balance).toBe(1500);
  });
});
