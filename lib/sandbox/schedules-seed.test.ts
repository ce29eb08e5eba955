import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addFundedClient, type CoreKit, makeCoreKit } from './core-test-kit';
import { nextId } from './ids';
import { addHoliday, DEFAULT_SCHEDULE, deleteHoliday, getSchedule, listHolidays, setSchedule } from './schedules';
import { seedSandbox } from './seed';

let kit: CoreKit;
beforeEach(async () => {
  kit = await makeCoreKit();
});
afterEach(() => kit.close());

describe('ids', () => {
  it('are numeric strings from per-kind sequences', async () => {
    expect(await nextId(kit.ctx, 'did')).toBe('331');
    expect(await nextId(kit.ctx, 'did')).toBe('332');
    expect(await nextId(kit.ctx, 'holiday')).toBe('12');
  });
});

describe('schedules (shared by DIDs, agents, WhatsApp)', () => {
  it('defaults, validates, stores; holidays per owner, 409 same date, 404 foreign delete', async () => {
    expect(await getSchedule(kit.ctx, 'agent', 'C1', '7')).toEqual(DEFAULT_SCHEDULE);
    await expect(setSchedule(kit.ctx, 'agent', 'C1', '7', 'Mars/Base', undefined)).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      setSchedule(kit.ctx, 'agent', 'C1', '7', 'Asia/Kolkata', { mon: { open: '18:00', close: '09:00' } }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(setSchedule(kit.ctx, 'agent', 'C1', '7', 'Asia/Kolkata', { funday: {} })).rejects.toMatchObject({
      status: 422,
    });
    const s = await setSchedule(
      kit.ctx,
      'agent',
      'C1',
      '7',
      'Asia/Calcutta',
      '{"sat":{"open":"10:00","close":"14:00"}}',
    );
    expect(s).toEqual({ timezone: 'Asia/Kolkata', working_hours: { sat: { open: '10:00', close: '14:00' } } });
    expect(await setSchedule(kit.ctx, 'agent', 'C1', '7', 'UTC', undefined)).toEqual({
      timezone: 'UTC',
      working_hours: s.working_hours,
    });

    const h = await addHoliday(kit.ctx, 'whatsapp', 'C1', '45', 'Independence Day', '2025-08-15');
    expect(h).toEqual({ holiday_id: expect.stringMatching(/^\d+$/), name: 'Independence Day', date: '2025-08-15' });
    await expect(addHoliday(kit.ctx, 'whatsapp', 'C1', '45', 'Again', '2025-08-15')).rejects.toMatchObject({
      status: 409,
    });
    await expect(addHoliday(kit.ctx, 'whatsapp', 'C1', '45', 'Bad', '2025-02-30')).rejects.toMatchObject({
      status: 422,
    });
    await expect(addHoliday(kit.ctx, 'whatsapp', 'C1', '45', '', '2025-08-16')).rejects.toMatchObject({ status: 422 });
    expect(await listHolidays(kit.ctx, 'whatsapp', 'C1', '45')).toEqual([h]);
    await expect(deleteHoliday(kit.ctx, 'whatsapp', 'C2', h.holiday_id)).rejects.toMatchObject({ status: 404 });
    await expect(deleteHoliday(kit.ctx, 'did', 'C1', h.holiday_id)).rejects.toMatchObject({ status: 404 });
    expect(await deleteHoliday(kit.ctx, 'whatsapp', 'C1', h.holiday_id)).toEqual({ holiday_id: h.holiday_id });
  });

  it('DID schedule endpoints check ownership', async () => {
    await addFundedClient(kit, 'CLSCHED00001', 10_000);
    await addFundedClient(kit, 'CLSCHED00002', 10_000);
    const [d] = await kit.call('search_dids', { client_id: 'CLSCHED00001', country_code: '+91' });
    const { did_id } = await kit.call('buy_did', { client_id: 'CLSCHED00001', number: d.number, country: 'IN' });
    const body = { client_id: 'CLSCHED00001', did_id };
    expect(await kit.call('get_did_schedule', body)).toEqual({ did_id, ...DEFAULT_SCHEDULE, holidays: [] });
    await kit.fail(404, 'get_did_schedule', { ...body, client_id: 'CLSCHED00002' });
    await kit.call('set_did_schedule', {
      ...body,
      timezone: 'Asia/Kolkata',
      working_hours: { mon: { open: '09:00', close: '18:00' } },
    });
    const h = await kit.call('add_did_holiday', { ...body, name: 'Diwali', date: '2025-10-20' });
    expect((await kit.call('get_did_schedule', body)).holidays).toEqual([h]);
    await kit.fail(404, 'delete_did_holiday', { client_id: 'CLSCHED00002', holiday_id: h.holiday_id });
    await kit.call('delete_did_holiday', { client_id: 'CLSCHED00001', holiday_id: h.holiday_id });
  });
});

describe('seed', () => {
  it('is deterministic demo data, idempotent, with a pending registration per stage', async () => {
    const first = await seedSandbox(kit.db, { now: kit.ctx.now() });
    expect(first.demo).toBe(true);
    expect(first.demoClientIds).toHaveLength(6);
    expect((await seedSandbox(kit.db, { now: kit.ctx.now() })).demo).toBe(false);
    const clients = await kit.call('clients');
    expect(clients).toHaveLength(6);
    expect(clients.filter((c: { status: string }) => c.status === '0')).toHaveLength(1);
    expect(clients.some((c: { balance: number }) => c.balance > 0 && c.balance < 500)).toBe(true);
    expect(clients.every((c: { balance: number }) => c.balance >= 0)).toBe(true);
    const stages = (await kit.call('pending')).map((p: { stage: string }) => p.stage).sort();
    expect(stages).toEqual(['aadhar_otp', 'aadhar_verify', 'accept_kyc', 'verify_gst', 'verify_otp', 'verify_pan']);
    const one = await kit.call('client', {}, { client_id: first.demoClientIds[0] });
    expect(one.dids_count).toBe(3);
    const txns = await kit.call('wallet_transactions', { client_id: first.demoClientIds[0], limit: '100' });
    expect(txns.total).toBeGreaterThan(40);
    // The ledger's running balance ends at the balance.
    expect(txns.items[0].balance_after).toBeCloseTo(one.balance, 2);
    // A demo registration can be carried on: the accept_kyc one accepts.
    const ready = (await kit.call('pending')).find((p: { stage: string }) => p.stage === 'accept_kyc');
    expect((await kit.call('accept_kyc', { temp_client_id: ready.temp_client_id })).status).toBe('1');
  });

  it('bulk mode adds clients and transactions in batches', async () => {
    const r = await seedSandbox(kit.db, { clients: 300, transactions: 3000, now: kit.ctx.now() });
    expect(r).toMatchObject({ bulkClients: 300, bulkTransactions: 3000 });
    expect(await kit.call('clients')).toHaveLength(306);
  });
});
