import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers as wa } from './handlers/whatsapp';
import { addClient, fails, makeOpsKit, type OpsKit, run } from './ops-test-kit';

const C = 'CLWHATSAPP01';
const OTHER = 'CLOTHER00001';
const link = {
  client_id: C,
  phone_number_id: '1029384756',
  access_token: 'EAAG-secret-token',
  display_number: '+911143104501',
  verified_name: 'Acme',
};

let kit: OpsKit;
beforeEach(async () => {
  kit = await makeOpsKit();
  await addClient(kit.ctx, C);
  await addClient(kit.ctx, OTHER);
});
afterEach(() => kit.close());

describe('whatsapp numbers', () => {
  it('links, lists without the token, 409s a duplicate and deletes', async () => {
    const { wa_did_id } = await run(wa, 'link_whatsapp_did', kit.ctx, link);
    expect(wa_did_id).toMatch(/^\d+$/);
    const list = await run(wa, 'get_whatsapp_dids', kit.ctx, { client_id: C });
    expect(list).toEqual([
      {
        wa_did_id,
        phone_number_id: '1029384756',
        display_number: '+911143104501',
        verified_name: 'Acme',
        status: 'connected',
      },
    ]);
    expect(JSON.stringify(list)).not.toContain('EAAG');
    await fails(run(wa, 'link_whatsapp_did', kit.ctx, link), 409, 'phone_number_id');
    // Unique per client only.
    await run(wa, 'link_whatsapp_did', kit.ctx, { ...link, client_id: OTHER });
    await fails(run(wa, 'delete_whatsapp_did', kit.ctx, { client_id: OTHER, wa_did_id }), 404);
    expect(await run(wa, 'delete_whatsapp_did', kit.ctx, { client_id: C, wa_did_id })).toEqual({ wa_did_id });
    expect(await run(wa, 'get_whatsapp_dids', kit.ctx, { client_id: C })).toEqual([]);
  });

  it('validates link input per field', async () => {
    const e = await fails(
      run(wa, 'link_whatsapp_did', kit.ctx, { client_id: C, phone_number_id: 'abc', display_number: '12' }),
      422,
    );
    expect(Object.keys(e.errors ?? {}).sort()).toEqual(['access_token', 'display_number', 'phone_number_id']);
    await fails(run(wa, 'get_whatsapp_dids', kit.ctx, { client_id: 'CLNOPE' }), 404);
  });
});

describe('whatsapp schedule and holidays', () => {
  it('stores a schedule, lists holidays on get, deletes them', async () => {
    const { wa_did_id } = await run(wa, 'link_whatsapp_did', kit.ctx, link);
    const ref = { client_id: C, wa_did_id };
    const hours = { sat: { open: '10:00', close: '14:00' } };
    expect(
      await run(wa, 'set_whatsapp_schedule', kit.ctx, { ...ref, timezone: 'Asia/Kolkata', working_hours: hours }),
    ).toEqual({
      wa_did_id,
      timezone: 'Asia/Kolkata',
      working_hours: hours,
    });
    const hol = await run(wa, 'add_whatsapp_holiday', kit.ctx, {
      ...ref,
      name: 'Independence Day',
      date: '2025-08-15',
    });
    expect(hol).toEqual({ holiday_id: expect.stringMatching(/^\d+$/), name: 'Independence Day', date: '2025-08-15' });
    expect(await run(wa, 'get_whatsapp_schedule', kit.ctx, ref)).toEqual({
      wa_did_id,
      timezone: 'Asia/Kolkata',
      working_hours: hours,
      holidays: [hol],
    });
    await fails(run(wa, 'add_whatsapp_holiday', kit.ctx, { ...ref, name: 'Dup', date: '2025-08-15' }), 409);
    await fails(run(wa, 'add_whatsapp_holiday', kit.ctx, { ...ref, name: 'Bad', date: '2025-02-30' }), 422, 'date');
    await fails(run(wa, 'delete_whatsapp_holiday', kit.ctx, { client_id: OTHER, holiday_id: hol.holiday_id }), 404);
    expect(await run(wa, 'delete_whatsapp_holiday', kit.ctx, { client_id: C, holiday_id: hol.holiday_id })).toEqual({
      holiday_id: hol.holiday_id,
    });
    await fails(run(wa, 'delete_whatsapp_holiday', kit.ctx, { client_id: C, holiday_id: hol.holiday_id }), 404);
  });

  it('rejects bad zones and hours, and unknown numbers', async () => {
    const { wa_did_id } = await run(wa, 'link_whatsapp_did', kit.ctx, link);
    const ref = { client_id: C, wa_did_id };
    await fails(run(wa, 'set_whatsapp_schedule', kit.ctx, { ...ref, timezone: 'IST' }), 422, 'timezone');
    await fails(
      run(wa, 'set_whatsapp_schedule', kit.ctx, {
        ...ref,
        timezone: 'UTC',
        working_hours: { mon: { open: '9', close: '18:00' } },
      }),
      422,
    );
    await fails(run(wa, 'get_whatsapp_schedule', kit.ctx, { client_id: C, wa_did_id: '1' }), 404);
    await fails(run(wa, 'set_whatsapp_schedule', kit.ctx, { client_id: C, wa_did_id: '1', timezone: 'UTC' }), 404);
    await fails(
      run(wa, 'add_whatsapp_holiday', kit.ctx, { client_id: C, wa_did_id: '1', name: 'X', date: '2025-01-26' }),
      404,
    );
  });
});
