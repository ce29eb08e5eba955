import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addFundedClient, type CoreKit, makeCoreKit } from './core-test-kit';
import { DID_REGIONS, generateInventory, NUMBERS_PER_REGION } from './did-inventory';
import { balanceOf } from './wallet-store';

let kit: CoreKit;
beforeEach(async () => {
  kit = await makeCoreKit();
});
afterEach(() => kit.close());

const search = (body: Record<string, unknown>) =>
  kit.call('search_dids', { client_id: 'CLTEST000001', country_code: '+91', ...body });

describe('DID inventory', () => {
  it('is deterministic, a few hundred per region, every price non-zero', () => {
    const a = generateInventory();
    expect(a).toEqual(generateInventory());
    expect(a).toHaveLength(DID_REGIONS.length * NUMBERS_PER_REGION);
    expect(new Set(a.map((r) => r.number)).size).toBe(a.length);
    expect(a.every((r) => r.setup_cost > 0 && r.monthly_cost > 0)).toBe(true);
  });

  it('search honours contains / starts_with / ends_with and region', async () => {
    await addFundedClient(kit, 'CLTEST000001');
    const regions = await kit.call('did_regions');
    expect(regions[0]).toEqual({ id: '1', name: 'Delhi NCR', country_code: '+91' });
    const starts = await search({ pattern: '2240', search_pattern: 'starts_with' });
    expect(starts.length).toBeGreaterThan(0);
    expect(starts.every((d: { number: string }) => d.number.startsWith('+912240'))).toBe(true);
    const ends = await search({ pattern: '7', search_pattern: 'ends_with', region: '3' });
    expect(
      ends.every((d: { number: string; region: string }) => d.number.endsWith('7') && d.region === 'Bengaluru'),
    ).toBe(true);
    const contains = await search({ pattern: '000', search_pattern: 'contains' });
    expect(contains.every((d: { number: string }) => d.number.slice(3).includes('000'))).toBe(true);
    expect(contains[0]).toEqual({
      number: expect.any(String),
      region: expect.any(String),
      monthly_cost: expect.any(Number),
      setup_cost: expect.any(Number),
    });
    await kit.fail(422, 'search_dids', { client_id: 'CLTEST000001', country_code: '+91', search_pattern: 'fuzzy' });
    await kit.fail(404, 'search_dids', { client_id: 'CLNOPE', country_code: '+91' });
  });
});

describe('buy and remove', () => {
  it('402 when short, debits the setup cost, 409 when sold, remove returns it', async () => {
    await addFundedClient(kit, 'CLTEST000001', 100_000);
    await addFundedClient(kit, 'CLTEST000002', 1);
    const [did] = await search({ region: '2' });
    const short = await kit.fail(402, 'buy_did', { client_id: 'CLTEST000002', number: did.number, country: 'IN' });
    expect(short.data).toEqual({ balance: 1, required: did.setup_cost });

    const bought = await kit.call('buy_did', { client_id: 'CLTEST000001', number: did.number, country: 'IN' });
    expect(bought).toEqual({ did_id: expect.stringMatching(/^\d+$/), number: did.number });
    expect(await balanceOf(kit.ctx, 'CLTEST000001')).toBe(10_000_000 - Math.round(did.setup_cost * 100));
    await kit.fail(409, 'buy_did', { client_id: 'CLTEST000001', number: did.number, country: 'IN' });
    await kit.fail(404, 'buy_did', { client_id: 'CLTEST000001', number: '+910000000000', country: 'IN' });
    expect((await search({ region: '2' })).map((d: { number: string }) => d.number)).not.toContain(did.number);

    const mine = await kit.call('client_dids', {}, { client_id: 'CLTEST000001' });
    expect(mine).toEqual([
      { did_id: bought.did_id, number: did.number, region: 'Mumbai', status: 'active', flow_id: null, agent_ext: null },
    ]);
    expect((await kit.call('client', {}, { client_id: 'CLTEST000001' })).dids_count).toBe(1);

    await kit.fail(404, 'remove_did', { client_id: 'CLTEST000002', did_no: did.number });
    expect(await kit.call('remove_did', { client_id: 'CLTEST000001', did_no: did.number.slice(3) })).toEqual({
      did_no: did.number,
    });
    expect(await kit.call('client_dids', {}, { client_id: 'CLTEST000001' })).toEqual([]);
    await kit.call('buy_did', { client_id: 'CLTEST000001', number: did.number, country: 'IN' });
  });

  it('an inactive client gets 403 on state changes but can still read', async () => {
    await addFundedClient(kit, 'CLTEST000001', 100_000);
    const [did] = await search({});
    expect(await kit.call('update_status', { client_id: 'CLTEST000001', status: '0' })).toEqual({
      client_id: 'CLTEST000001',
      status: '0',
    });
    await kit.fail(403, 'buy_did', { client_id: 'CLTEST000001', number: did.number, country: 'IN' });
    await kit.fail(403, 'add_client_credits', { client_id: 'CLTEST000001', credit: '10' });
    expect((await kit.call('wallet_balance', { client_id: 'CLTEST000001' })).balance).toBe(100_000);
    await kit.fail(422, 'update_status', { client_id: 'CLTEST000001', status: 'x' });
    await kit.call('update_status', { client_id: 'CLTEST000001', status: '1' });
    await kit.call('buy_did', { client_id: 'CLTEST000001', number: did.number, country: 'IN' });
  });
});

describe('wallet ledger', () => {
  it('credits with 2-decimal money and valid_till; balance is the sum', async () => {
    await addFundedClient(kit, 'CLTEST000001');
    const r = await kit.call('add_client_credits', {
      client_id: 'CLTEST000001',
      credit: '500.25',
      valid_till: '2025-12-31 23:59:59',
    });
    expect(r).toEqual({ balance: 500.25, valid_till: '2025-12-31 23:59:59', transaction_id: expect.any(String) });
    await kit.fail(422, 'add_client_credits', { client_id: 'CLTEST000001', credit: '0' });
    await kit.fail(422, 'add_client_credits', { client_id: 'CLTEST000001', credit: '1.005' });
    await kit.fail(422, 'add_client_credits', { client_id: 'CLTEST000001', credit: '-5' });
    await kit.fail(422, 'add_client_credits', { client_id: 'CLTEST000001', valid_till: '2025-02-30 00:00:00' });
    await kit.fail(422, 'add_client_credits', { client_id: 'CLTEST000001' });
    await kit.fail(404, 'add_client_credits', { client_id: 'CLNOPE', credit: '5' });
    const only = await kit.call('add_client_credits', { client_id: 'CLTEST000001', valid_till: '2026-01-31 00:00:00' });
    expect(only).toEqual({ balance: 500.25, valid_till: '2026-01-31 00:00:00', transaction_id: null });
    expect(await kit.call('wallet_balance', { client_id: 'CLTEST000001' })).toEqual({
      balance: 500.25,
      currency: 'INR',
      valid_till: '2026-01-31 00:00:00',
    });
  });

  it('filters by expense_type, dates and did, and pages (empty strings mean defaults)', async () => {
    await addFundedClient(kit, 'CLTEST000001', 100_000);
    const [did] = await search({});
    for (let i = 0; i < 3; i++) {
      kit.advance(86_400_000);
      await kit.call('add_client_credits', { client_id: 'CLTEST000001', credit: String(10 + i) });
    }
    await kit.call('buy_did', { client_id: 'CLTEST000001', number: did.number, country: 'IN' });
    const all = await kit.call('wallet_transactions', { client_id: 'CLTEST000001', page: '', limit: '' });
    expect(all).toMatchObject({ page: 1, limit: 20, total: 5 });
    expect(all.items[0]).toMatchObject({
      type: 'debit',
      expense_type: 'did_setup',
      did: did.number,
      amount: did.setup_cost,
    });
    expect(all.items[0].balance_after).toBeCloseTo(100_033 - did.setup_cost, 2);
    const page2 = await kit.call('wallet_transactions', { client_id: 'CLTEST000001', page: '2', limit: '2' });
    expect(page2.items.map((t: { amount: number }) => t.amount)).toEqual([11, 10]);
    const recharges = await kit.call('wallet_transactions', {
      client_id: 'CLTEST000001',
      expense_type: 'recharge',
      start_date: '2025-08-02',
      end_date: '2025-08-03',
    });
    expect(recharges.items.map((t: { amount: number }) => t.amount)).toEqual([11, 10]);
    const byDid = await kit.call('wallet_transactions', { client_id: 'CLTEST000001', did: did.number });
    expect(byDid.total).toBe(1);
    await kit.fail(422, 'wallet_transactions', { client_id: 'CLTEST000001', start_date: '2025-13-01' });
    await kit.fail(422, 'wallet_transactions', {
      client_id: 'CLTEST000001',
      start_date: '2025-08-05',
      end_date: '2025-08-01',
    });
    await kit.fail(422, 'wallet_transactions', { client_id: 'CLTEST000001', limit: '1000' });
  });
});
