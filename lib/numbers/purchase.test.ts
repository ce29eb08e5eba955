import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DB, migrateToLatest } from '@/lib/db';
import { PartnerApiError, type PartnerClient } from '@/lib/partner-api';
import { purchaseNumber, SOLD_MEANWHILE, STILL_OPEN } from './purchase';

/** A fake upstream with just the calls a purchase makes, and switches for its faults. */
function fakeApi() {
  const owned: { did_id: string; number: string }[] = [];
  const state = { buys: 0, fail: null as null | 'timeout' | 402 | 409, down: false };
  const api = {
    breakerState: () => 'closed' as const,
    call: async (name: string, input: Record<string, string>) => {
      if (name === 'buy_did') {
        state.buys++;
        if (state.fail === 402 || state.fail === 409) {
          throw new PartnerApiError({ endpoint: name, kind: 'http', status: state.fail, upstreamMessage: 'refused' });
        }
        owned.push({ did_id: String(owned.length + 1), number: input.number });
        if (state.fail === 'timeout')
          throw new PartnerApiError({ endpoint: name, kind: 'timeout', outcomeUnknown: true });
        return { did_id: String(owned.length), number: input.number };
      }
      if (state.down) throw new PartnerApiError({ endpoint: name, kind: 'timeout' });
      if (name === 'client_dids') return owned;
      if (name === 'wallet_transactions') {
        return {
          items: [{ id: '1', type: 'debit', amount: '499.00', did: input.did, created_at: '' }],
          page: 1,
          limit: 5,
          total: 1,
        };
      }
      throw new Error(`unexpected call ${name}`);
    },
  } as unknown as PartnerClient;
  return { api, owned, state };
}

let db: DB;
beforeEach(async () => {
  db = await createDb({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
});
afterEach(() => db.destroy());

const req = (key: string, number = '+911140000001') => ({ clientId: 'C1', number, key, userId: 'u1' });
const K1 = '11111111-1111-4111-8111-111111111111';
const K2 = '22222222-2222-4222-8222-222222222222';

describe('purchaseNumber', () => {
  it('buys once; a repeat of the key replays the result', async () => {
    const { api, state } = fakeApi();
    expect(await purchaseNumber({ db, api }, req(K1))).toMatchObject({ state: 'succeeded', didId: '1', replay: false });
    expect(await purchaseNumber({ db, api }, req(K1))).toMatchObject({ state: 'succeeded', didId: '1', replay: true });
    expect(state.buys).toBe(1);
  });

  it('after a timeout reports pending, then reconciles from client_dids and the wallet', async () => {
    const { api, state } = fakeApi();
    state.fail = 'timeout';
    expect(await purchaseNumber({ db, api }, req(K1))).toEqual({
      state: 'pending',
      number: '+911140000001',
      inProgress: false,
    });
    state.fail = null;
    expect(await purchaseNumber({ db, api }, req(K1))).toMatchObject({
      state: 'succeeded',
      didId: '1',
      chargedPaise: 49900,
    });
    expect(state.buys).toBe(1);
  });

  it('blocks a new attempt while an earlier one cannot be confirmed, and allows it once settled', async () => {
    const { api, state } = fakeApi();
    state.fail = 'timeout';
    await purchaseNumber({ db, api }, req(K1));
    state.down = true;
    await expect(purchaseNumber({ db, api }, req(K2, '+911140000002'))).rejects.toThrow(STILL_OPEN);
    state.down = false;
    state.fail = null;
    expect(await purchaseNumber({ db, api }, req(K2, '+911140000002'))).toMatchObject({ state: 'succeeded' });
    expect(await purchaseNumber({ db, api }, req(K1))).toMatchObject({ state: 'succeeded', replay: true });
    expect(state.buys).toBe(2);
  });

  it('maps a short balance to the balance field and a sold number to the number field', async () => {
    const { api, state } = fakeApi();
    state.fail = 402;
    await expect(purchaseNumber({ db, api }, req(K1))).rejects.toMatchObject({ fieldErrors: { balance: ['refused'] } });
    state.fail = 409;
    await expect(purchaseNumber({ db, api }, req(K2))).rejects.toMatchObject({ message: SOLD_MEANWHILE });
    // The stored failure is replayed, upstream is not asked again.
    await expect(purchaseNumber({ db, api }, req(K2))).rejects.toMatchObject({ message: SOLD_MEANWHILE });
    expect(state.buys).toBe(2);
  });
});
