import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_S, RING_S } from '@/lib/sandbox/handlers/masking-lifecycle';
import { expect422, type OpsContract, rejects, startOpsContract, T0 } from './ops-contract-kit';

const C = 'CLCTMASKING1';
const OTHER = 'CLCTOTHER001';
const DID = '+911143104501';
const [A, B] = ['9876543210', '9123456789'];
const START = { client_id: C, did_no: DID, party_a: A, party_b: B };

let k: OpsContract;
beforeAll(async () => {
  k = await startOpsContract();
  await k.client(C, [DID]);
  await k.client(OTHER, ['+911143109999']);
  await k.api.call('add_agent', {
    client_id: C,
    name: 'Agent',
    email: 'a@acme.test',
    phonenumber: A,
    password: 'SecurePass@123',
  });
});
afterAll(() => k.server.close());

const noClearNumbers = (v: unknown) => {
  const s = JSON.stringify(v);
  for (const n of [A, B, A.slice(2), B.slice(2)]) expect(s).not.toContain(n);
};

describe('number masking through the portal client', () => {
  it('click_connect: rings; 422 foreign DID, unknown agent, same parties; 404 unknown client', async () => {
    const s = await k.api.call('click_connect', { ...START, ttl_minutes: '30', agent_ext: '2101' });
    expect(s).toEqual({
      session_id: expect.stringMatching(/^cc_\d+$/),
      did_no: DID,
      status: 'ringing',
      expires_at: new Date(T0.getTime() + 30 * 60_000).toISOString(),
    });
    await rejects(k.api.call('click_connect', { ...START, did_no: '+911143109999' }), 422, 'did_no');
    await rejects(k.api.call('click_connect', { ...START, agent_ext: '2999' }), 422, 'agent_ext');
    await rejects(k.api.call('click_connect', { ...START, party_b: A }), 422, 'party_b');
    await rejects(k.api.call('click_connect', { ...START, client_id: 'CLNOSUCH0001' }), 404);
    expect422(await k.raw('/api/click_connect', { ...START, party_a: '12345' }), 'party_a');
  });

  it('sessions and records: connect after ringing, complete, never show the numbers', async () => {
    k.server.advance(RING_S * 1000);
    let page = await k.api.call('click_connect_sessions', { client_id: C });
    expect(page).toMatchObject({ page: 1, limit: 20, total: 1 });
    expect(page.items[0]).toMatchObject({ status: 'connected', party_a: '+91••••••••10', party_b: '+91••••••••89' });
    const [agent] = await k.api.call('get_agents_availability', { client_id: C });
    expect(agent.on_call).toBe('1');
    k.server.advance(CALL_S * 1000);
    page = await k.api.call('click_connect_sessions', { client_id: C, status: 'completed' });
    expect(page.total).toBe(1);
    const records = await k.api.call('click_connect_records', { client_id: C, session_id: page.items[0].session_id });
    expect(records.at(-1)).toMatchObject({ event: 'completed', leg: 'both', duration_s: CALL_S });
    noClearNumbers([page, records]);
    await rejects(k.api.call('click_connect_records', { client_id: OTHER, session_id: page.items[0].session_id }), 404);
    await rejects(k.api.call('click_connect_sessions', { client_id: 'CLNOSUCH0001' }), 404);
    expect422(await k.raw('/api/click_connect/sessions', { client_id: C, status: 'bogus' }), 'status');
  });

  it('update and cancel while live; 409 once ended; 404 unknown session', async () => {
    const { session_id } = await k.api.call('click_connect', START);
    const updated = await k.api.call('click_connect_update', {
      client_id: C,
      session_id,
      party_b: '9123456700',
      ttl_minutes: '10',
    });
    expect(updated).toMatchObject({ session_id, status: 'ringing', party_b: '+91••••••••00', ttl_minutes: 10 });
    noClearNumbers(updated);
    expect(await k.api.call('click_connect_cancel', { client_id: C, session_id })).toEqual({
      session_id,
      status: 'cancelled',
    });
    await rejects(k.api.call('click_connect_cancel', { client_id: C, session_id }), 409);
    await rejects(k.api.call('click_connect_update', { client_id: C, session_id, ttl_minutes: '5' }), 409);
    await rejects(k.api.call('click_connect_update', { client_id: C, session_id: 'cc_999999', ttl_minutes: '5' }), 404);
    await rejects(k.api.call('click_connect_cancel', { client_id: C, session_id: 'cc_999999' }), 404);
    const records = await k.api.call('click_connect_records', { client_id: C, session_id });
    expect(records.map((r) => r.event)).toEqual([
      'created',
      'dialing',
      'dialing',
      'party_updated',
      'ttl_updated',
      'cancelled',
    ]);
  });

  it('a session past its TTL reads as expired and cannot be cancelled', async () => {
    const { session_id } = await k.api.call('click_connect', { ...START, ttl_minutes: '1' });
    k.server.advance(61_000);
    const page = await k.api.call('click_connect_sessions', { client_id: C, status: 'expired' });
    expect(page.items.map((s) => s.session_id)).toEqual([session_id]);
    await rejects(k.api.call('click_connect_cancel', { client_id: C, session_id }), 409);
  });

  it('a party that never answers (…0000) fails the session', async () => {
    const { session_id } = await k.api.call('click_connect', { ...START, party_b: '9876500000' });
    k.server.advance(RING_S * 1000);
    const page = await k.api.call('click_connect_sessions', { client_id: C, status: 'failed', page: '1', limit: '5' });
    expect(page).toMatchObject({ page: 1, limit: 5, total: 1 });
    expect(page.items[0]).toMatchObject({ session_id, status: 'failed' });
  });
});
