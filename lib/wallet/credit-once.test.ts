import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DB, migrateToLatest } from '@/lib/db';
import { KEY_REUSED } from '@/lib/idempotency';
import { PartnerApiError, type PartnerClient } from '@/lib/partner-api';
import { addCredits } from './credit';

/**
 * Exactly-once under pressure: concurrent submissions of one key, a key reused for another
 * amount, a timeout, extending validity only, and the top-up ceiling. The fake upstream
 * answers slowly (a real await) so concurrent calls genuinely overlap.
 */
function slowUpstream() {
  const ledger: { id: string; created_at: string; type: 'credit'; amount: string; balance_after: string }[] = [];
  const state = { credits: 0, timeoutOnce: false, balance: 1000, validTill: null as string | null };
  const api = {
    breakerState: () => 'closed' as const,
    call: async (name: string, input: Record<string, string | undefined>) => {
      await new Promise((r) => setTimeout(r, 20));
      if (name === 'add_client_credits') {
        state.credits++;
        if (input.credit) {
          state.balance += Number(input.credit);
          ledger.unshift({
            id: String(ledger.length + 1),
            created_at: new Date().toISOString(),
            type: 'credit',
            amount: input.credit,
            balance_after: String(state.balance),
          });
        }
        if (input.valid_till) state.validTill = input.valid_till;
        if (state.timeoutOnce) {
          state.timeoutOnce = false;
          throw new PartnerApiError({ endpoint: name, kind: 'timeout', outcomeUnknown: true });
        }
        return {
          balance: String(state.balance),
          valid_till: state.validTill,
          transaction_id: input.credit ? String(ledger.length) : null,
        };
      }
      if (name === 'wallet_transactions') return { items: ledger, page: 1, limit: 100, total: ledger.length };
      if (name === 'wallet_balance')
        return { balance: String(state.balance), currency: 'INR', valid_till: state.validTill };
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

const K1 = '33333333-3333-4333-8333-333333333333';
const K2 = '44444444-4444-4444-8444-444444444444';
/** `null` amount: extend validity only. */
const req = (key: string, amount: string | null = '500', extra: object = {}) => ({
  clientId: 'C1',
  amount: amount ?? undefined,
  key,
  userId: 'u1',
  ...extra,
});

describe('addCredits exactly once', () => {
  it('10 concurrent submissions with one key: one upstream call, one ledger row', async () => {
    const { api, state, ledger } = slowUpstream();
    const results = await Promise.all(Array.from({ length: 10 }, () => addCredits({ db, api }, req(K1))));
    expect(state.credits).toBe(1);
    expect(ledger).toHaveLength(1);
    expect(results.filter((r) => r.state === 'succeeded' && !r.replay)).toHaveLength(1);
    // The others were told it is in flight; asking again now replays the one result.
    expect(results.filter((r) => r.state === 'pending')).toHaveLength(9);
    expect(await addCredits({ db, api }, req(K1))).toMatchObject({
      state: 'succeeded',
      replay: true,
      transactionId: '1',
    });
    expect(state.credits).toBe(1);
  });

  it('the same key with another amount is refused and calls nothing', async () => {
    const { api, state } = slowUpstream();
    await addCredits({ db, api }, req(K1, '500'));
    await expect(addCredits({ db, api }, req(K1, '700'))).rejects.toThrow(KEY_REUSED);
    expect(state.credits).toBe(1);
    expect(state.balance).toBe(1500);
  });

  it('a timeout on add_client_credits ends reconciled, with no duplicate credit', async () => {
    const { api, state, ledger } = slowUpstream();
    state.timeoutOnce = true;
    expect(await addCredits({ db, api }, req(K1))).toMatchObject({ state: 'pending', inProgress: false });
    // The user keeps confirming (the dialog re-sends): reconciled, never sent again.
    const again = await Promise.all([addCredits({ db, api }, req(K1)), addCredits({ db, api }, req(K1))]);
    expect(again.map((r) => r.state)).toEqual(['succeeded', 'succeeded']);
    expect(state.credits).toBe(1);
    expect(ledger).toHaveLength(1);
    expect(state.balance).toBe(1500);
  });

  it('extends validity only: no transaction, the new date and the balance in the result', async () => {
    const { api, state, ledger } = slowUpstream();
    const r = await addCredits({ db, api }, req(K1, null, { validTill: '2030-01-31' }));
    expect(r).toEqual({
      state: 'succeeded',
      replay: false,
      transactionId: null,
      creditedPaise: 0,
      balancePaise: 100_000,
      validTill: '2030-01-31 23:59:59',
    });
    expect(ledger).toHaveLength(0);
    expect(state.credits).toBe(1);
  });

  it('a validity-only attempt that timed out is reconciled from the balance call', async () => {
    const { api, state } = slowUpstream();
    state.timeoutOnce = true;
    expect(await addCredits({ db, api }, req(K1, null, { validTill: '2030-01-31' }))).toMatchObject({
      state: 'pending',
    });
    expect(await addCredits({ db, api }, req(K1, null, { validTill: '2030-01-31' }))).toMatchObject({
      state: 'succeeded',
      creditedPaise: 0,
      validTill: '2030-01-31 23:59:59',
    });
    expect(state.credits).toBe(1);
  });

  it('refuses a new top-up over the ceiling before anything is recorded or called', async () => {
    const { api, state } = slowUpstream();
    await expect(addCredits({ db, api }, req(K1, '1000.01', { ceilingPaise: 100_000 }))).rejects.toThrow(
      'A single top-up can be at most ₹1,000.00',
    );
    expect(state.credits).toBe(0);
    expect(await db.selectFrom('idempotency').selectAll().execute()).toHaveLength(0);
    expect(await addCredits({ db, api }, req(K2, '1000', { ceilingPaise: 100_000 }))).toMatchObject({
      state: 'succeeded',
    });
  });
});
