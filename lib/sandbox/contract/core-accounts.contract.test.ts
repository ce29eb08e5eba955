import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientRecord } from '@/lib/sandbox/clients-store';
import { type CoreContract, expectStatus, startCoreContract, T0 } from './core-contract-kit';

const C = 'CLCTCORE0001';
const POOR = 'CLCTPOOR0001';
let k: CoreContract;
beforeAll(async () => {
  k = await startCoreContract();
  const ctx = { db: k.server.db, now: () => T0 };
  await createClientRecord(ctx, { clientId: C, name: 'Core Co', email: 'core@acme.test', mobile: '9876511111' });
  await createClientRecord(ctx, { clientId: POOR, name: 'Poor Co', email: 'poor@acme.test', mobile: '9876522222' });
});
afterAll(() => k.server.close());

describe('clients', () => {
  it('clients, client/{id}, update_status (403 while inactive)', async () => {
    const list = await k.api.call('clients');
    expect(list.map((c) => c.client_id).sort()).toEqual([C, POOR].sort());
    expect(list[0]).toMatchObject({ status: '1', balance: '0', valid_till: null });
    const one = await k.api.call('client', { client_id: C });
    expect(one).toMatchObject({ client_id: C, country_code: '+91', dids_count: 0, agents_count: 0 });
    await expectStatus(k.api.call('client', { client_id: 'CLNOSUCH0001' }), 404);
    expect(await k.api.call('update_status', { client_id: POOR, status: '0' })).toEqual({
      client_id: POOR,
      status: '0',
    });
    await expectStatus(k.api.call('add_client_credits', { client_id: POOR, credit: '10' }), 403);
    expect(await k.api.call('wallet_balance', { client_id: POOR })).toMatchObject({ balance: '0' });
    await k.api.call('update_status', { client_id: POOR, status: '1' });
    await expectStatus(k.api.call('update_status', { client_id: 'CLNOSUCH0001', status: '1' }), 404);
  });
});

describe('DIDs and wallet', () => {
  let number = '';
  let didId = '';

  it('did_regions and search_dids with each pattern', async () => {
    const regions = await k.api.call('did_regions');
    expect(regions.length).toBeGreaterThanOrEqual(6);
    const starts = await k.api.call('search_dids', {
      client_id: C,
      country_code: '+91',
      pattern: '11',
      search_pattern: 'starts_with',
      region: '1',
    });
    expect(starts.length).toBeGreaterThan(50);
    expect(starts.every((d) => String(d.number).startsWith('+9111'))).toBe(true);
    const ends = await k.api.call('search_dids', {
      client_id: C,
      country_code: '+91',
      pattern: '99',
      search_pattern: 'ends_with',
    });
    expect(ends.every((d) => String(d.number).endsWith('99'))).toBe(true);
    const contains = await k.api.call('search_dids', {
      client_id: C,
      country_code: '+91',
      pattern: '4444',
      search_pattern: 'contains',
    });
    expect(contains.every((d) => String(d.number).slice(3).includes('4444'))).toBe(true);
    number = String(starts[0].number);
  });

  it('add_client_credits → buy_did debits the ledger; 402 short; 409 sold; remove_did; client_dids', async () => {
    await expectStatus(k.api.call('buy_did', { client_id: POOR, number, country: 'IN' }), 402);
    const credit = await k.api.call('add_client_credits', {
      client_id: C,
      credit: '5000.50',
      valid_till: '2026-03-31 23:59:59',
    });
    expect(credit).toMatchObject({
      balance: '5000.5',
      valid_till: '2026-03-31 23:59:59',
      transaction_id: expect.any(String),
    });
    const bought = await k.api.call('buy_did', { client_id: C, number, country: 'IN' });
    expect(bought).toMatchObject({ number });
    didId = String(bought.did_id);
    await expectStatus(k.api.call('buy_did', { client_id: C, number, country: 'IN' }), 409);
    const dids = await k.api.call('client_dids', { client_id: C });
    expect(dids).toEqual([expect.objectContaining({ did_id: didId, number, status: 'active' })]);
    expect((await k.api.call('client', { client_id: C })).dids_count).toBe(1);

    const tx = await k.api.call('wallet_transactions', { client_id: C, page: '', limit: '' });
    expect(tx).toMatchObject({ page: 1, limit: 20, total: 2 });
    expect(tx.items[0]).toMatchObject({ type: 'debit', expense_type: 'did_setup', did: number });
    const credits = await k.api.call('wallet_transactions', {
      client_id: C,
      expense_type: 'recharge',
      start_date: '2025-08-01',
      end_date: '2025-08-01',
    });
    expect(credits.total).toBe(1);
    expect((await k.api.call('wallet_transactions', { client_id: C, did: number })).total).toBe(1);
    expect((await k.api.call('wallet_transactions', { client_id: C, page: '2', limit: '1' })).items).toHaveLength(1);
    const balance = await k.api.call('wallet_balance', { client_id: C });
    expect(Number(balance.balance)).toBeCloseTo(Number(credit.balance) - Number(tx.items[0].amount), 2);
    await expectStatus(k.api.call('wallet_balance', { client_id: 'CLNOSUCH0001' }), 404);
  });

  it('DID schedule and holidays', async () => {
    expect(await k.api.call('get_did_schedule', { client_id: C, did_id: didId })).toMatchObject({
      did_id: didId,
      timezone: 'Asia/Kolkata',
      holidays: [],
    });
    const set = await k.api.call('set_did_schedule', {
      client_id: C,
      did_id: didId,
      timezone: 'Asia/Kolkata',
      working_hours: { sat: { open: '10:00', close: '13:00' } },
    });
    expect(set).toMatchObject({ did_id: didId, working_hours: { sat: { open: '10:00', close: '13:00' } } });
    expect(
      (await k.raw('/partnerclients/set_did_schedule', { client_id: C, did_id: didId, timezone: 'Nowhere/City' }))
        .status,
    ).toBe(422);
    const h = await k.api.call('add_did_holiday', {
      client_id: C,
      did_id: didId,
      name: 'Independence Day',
      date: '2025-08-15',
    });
    expect(h).toMatchObject({ name: 'Independence Day', date: '2025-08-15' });
    await expectStatus(
      k.api.call('add_did_holiday', { client_id: C, did_id: didId, name: 'Again', date: '2025-08-15' }),
      409,
    );
    expect((await k.api.call('get_did_schedule', { client_id: C, did_id: didId })).holidays).toHaveLength(1);
    await expectStatus(k.api.call('get_did_schedule', { client_id: POOR, did_id: didId }), 404);
    expect(await k.api.call('delete_did_holiday', { client_id: C, holiday_id: String(h.holiday_id) })).toMatchObject({
      holiday_id: String(h.holiday_id),
    });
    await expectStatus(k.api.call('delete_did_holiday', { client_id: C, holiday_id: String(h.holiday_id) }), 404);
  });

  it('remove_did returns the number to inventory', async () => {
    await expectStatus(k.api.call('remove_did', { client_id: POOR, did_no: number }), 404);
    expect(await k.api.call('remove_did', { client_id: C, did_no: number })).toEqual({ did_no: number });
    expect(await k.api.call('client_dids', { client_id: C })).toEqual([]);
    const again = await k.api.call('search_dids', {
      client_id: C,
      country_code: '+91',
      pattern: number.slice(3),
      search_pattern: 'contains',
    });
    expect(again.map((d) => d.number)).toContain(number);
  });
});
