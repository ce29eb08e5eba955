import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expect422, type OpsContract, rejects, startOpsContract } from './ops-contract-kit';

const C = 'CLCTWHATSAP1';
const OTHER = 'CLCTOTHER001';
const TOKEN = 'EAAGsecret0123456789abcdefghij';
const LINK = {
  client_id: C,
  phone_number_id: '1029384756',
  access_token: TOKEN,
  display_number: '+911143104501',
  verified_name: 'Acme',
};

let k: OpsContract;
let waId: string;
beforeAll(async () => {
  k = await startOpsContract();
  await k.client(C);
  await k.client(OTHER);
});
afterAll(() => k.server.close());

describe('whatsapp numbers through the portal client', () => {
  it('link_whatsapp_did: links; 409 on the same phone_number_id; 404 unknown client; 422 bad id', async () => {
    ({ wa_did_id: waId } = await k.api.call('link_whatsapp_did', LINK));
    expect(waId).toMatch(/^\d+$/);
    await rejects(k.api.call('link_whatsapp_did', LINK), 409, 'phone_number_id');
    await rejects(k.api.call('link_whatsapp_did', { ...LINK, client_id: 'CLNOSUCH0001' }), 404);
    expect422(await k.raw('/partnerclients/link_whatsapp_did', { ...LINK, phone_number_id: 'abc' }), 'phone_number_id');
  });

  it('get_whatsapp_dids: lists without ever returning the access token', async () => {
    const list = await k.api.call('get_whatsapp_dids', { client_id: C });
    expect(list).toEqual([
      {
        wa_did_id: waId,
        phone_number_id: '1029384756',
        display_number: '+911143104501',
        verified_name: 'Acme',
        status: 'connected',
      },
    ]);
    const raw = await k.raw('/partnerclients/get_whatsapp_dids', { client_id: C });
    expect(JSON.stringify(raw.json)).not.toContain(TOKEN);
    await rejects(k.api.call('get_whatsapp_dids', { client_id: 'CLNOSUCH0001' }), 404);
  });

  it('schedule: set and get (with holidays); 404 unknown number; 422 from the sandbox on a bad zone', async () => {
    const ref = { client_id: C, wa_did_id: waId };
    const working_hours = { mon: { open: '09:00', close: '17:30' } };
    expect(await k.api.call('set_whatsapp_schedule', { ...ref, timezone: 'Asia/Kolkata', working_hours })).toEqual({
      wa_did_id: waId,
      timezone: 'Asia/Kolkata',
      working_hours,
    });
    await rejects(k.api.call('set_whatsapp_schedule', { ...ref, wa_did_id: '1', timezone: 'UTC' }), 404);
    expect422(await k.raw('/partnerclients/set_whatsapp_schedule', { ...ref, timezone: 'IST' }), 'timezone');

    const holiday = await k.api.call('add_whatsapp_holiday', { ...ref, name: 'Independence Day', date: '2025-08-15' });
    expect(holiday).toEqual({
      holiday_id: expect.stringMatching(/^\d+$/),
      name: 'Independence Day',
      date: '2025-08-15',
    });
    await rejects(k.api.call('add_whatsapp_holiday', { ...ref, name: 'Again', date: '2025-08-15' }), 409);
    await rejects(k.api.call('add_whatsapp_holiday', { ...ref, wa_did_id: '1', name: 'X', date: '2025-10-02' }), 404);

    expect(await k.api.call('get_whatsapp_schedule', ref)).toEqual({
      wa_did_id: waId,
      timezone: 'Asia/Kolkata',
      working_hours,
      holidays: [holiday],
    });
    await rejects(k.api.call('get_whatsapp_schedule', { ...ref, wa_did_id: '1' }), 404);

    expect(await k.api.call('delete_whatsapp_holiday', { client_id: C, holiday_id: holiday.holiday_id })).toEqual({
      holiday_id: holiday.holiday_id,
    });
    await rejects(k.api.call('delete_whatsapp_holiday', { client_id: C, holiday_id: holiday.holiday_id }), 404);
  });

  it('delete_whatsapp_did: removes once, then 404; another client cannot touch it', async () => {
    await rejects(k.api.call('delete_whatsapp_did', { client_id: OTHER, wa_did_id: waId }), 404);
    expect(await k.api.call('delete_whatsapp_did', { client_id: C, wa_did_id: waId })).toEqual({ wa_did_id: waId });
    await rejects(k.api.call('delete_whatsapp_did', { client_id: C, wa_did_id: waId }), 404);
    expect(await k.api.call('get_whatsapp_dids', { client_id: C })).toEqual([]);
  });
});
