import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers as agentSchedules } from './handlers/agent-schedules';
import { handlers as agents } from './handlers/agents';
import { handlers as masking } from './handlers/masking';
import { CALL_S, maskNumber, RING_S } from './handlers/masking-lifecycle';
import { addClient, fails, makeOpsKit, type OpsKit, run, T0 } from './ops-test-kit';

const h = { ...masking, ...agents, ...agentSchedules };
const C = 'CLMASKING001';
const OTHER = 'CLOTHER00001';
const DID = '+911143104501';
const [A, B] = ['9876543210', '9123456789'];
const start = { client_id: C, did_no: DID, party_a: A, party_b: B };

let kit: OpsKit;
beforeEach(async () => {
  kit = await makeOpsKit();
  await addClient(kit.ctx, C, [DID]);
  await addClient(kit.ctx, OTHER, ['+911143109999']);
});
afterEach(() => kit.close());

const sessions = (body: Record<string, unknown> = {}) =>
  run(h, 'click_connect_sessions', kit.ctx, { client_id: C, ...body });
const records = (session_id: string) => run(h, 'click_connect_records', kit.ctx, { client_id: C, session_id });

describe('click_connect lifecycle', () => {
  it('rings, connects after RING_S, completes after CALL_S, with masked numbers and records', async () => {
    const created = await run(h, 'click_connect', kit.ctx, { ...start, ttl_minutes: '30' });
    expect(created).toEqual({
      session_id: expect.stringMatching(/^cc_\d+$/),
      did_no: DID,
      status: 'ringing',
      expires_at: new Date(T0.getTime() + 30 * 60_000).toISOString(),
    });
    kit.advance(RING_S * 1000);
    let page = await sessions();
    expect(page).toMatchObject({ page: 1, limit: 20, total: 1 });
    expect(page.items[0]).toMatchObject({ status: 'connected', party_a: '+91••••••••10', party_b: '+91••••••••89' });
    kit.advance(CALL_S * 1000);
    page = await sessions({ status: 'completed' });
    expect(page.total).toBe(1);
    const recs = await records(created.session_id);
    expect(recs.map((r: { event: string }) => r.event)).toEqual([
      'created',
      'dialing',
      'dialing',
      'answered',
      'answered',
      'bridged',
      'completed',
    ]);
    expect(recs.at(-1)).toEqual({
      at: new Date(T0.getTime() + (RING_S + CALL_S) * 1000).toISOString(),
      event: 'completed',
      leg: 'both',
      duration_s: CALL_S,
    });
    const everything = JSON.stringify([page, recs]);
    for (const n of [A, B, A.slice(2), B.slice(2)]) expect(everything).not.toContain(n);
  });

  it('expires on its TTL, computed on read and persisted', async () => {
    const { session_id } = await run(h, 'click_connect', kit.ctx, { ...start, ttl_minutes: 1 });
    kit.advance(61_000);
    expect((await sessions({ status: 'expired' })).items[0]).toMatchObject({ session_id, status: 'expired' });
    const row = await kit.db
      .selectFrom('sbx_masking_sessions')
      .selectAll()
      .where('id', '=', session_id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('expired');
    expect((await records(session_id)).at(-1)).toMatchObject({ event: 'expired', duration_s: 60 - RING_S });
  });

  it('fails when a party never answers (number ending 0000)', async () => {
    const { session_id } = await run(h, 'click_connect', kit.ctx, { ...start, party_b: '9876500000' });
    kit.advance(RING_S * 1000);
    expect((await sessions()).items[0]).toMatchObject({ session_id, status: 'failed' });
    const recs = await records(session_id);
    expect(recs.find((r: { event: string }) => r.event === 'no_answer')).toMatchObject({ leg: 'b' });
  });

  it('updates only while live, extends the TTL from now, cancels once', async () => {
    const { session_id } = await run(h, 'click_connect', kit.ctx, start);
    kit.advance(5_000);
    const updated = await run(h, 'click_connect_update', kit.ctx, {
      client_id: C,
      session_id,
      party_b: '+91 91234 56700',
      ttl_minutes: '5',
    });
    expect(updated).toMatchObject({
      session_id,
      status: 'ringing',
      party_b: '+91••••••••00',
      ttl_minutes: 5,
      expires_at: new Date(T0.getTime() + 5_000 + 5 * 60_000).toISOString(),
    });
    expect(await run(h, 'click_connect_cancel', kit.ctx, { client_id: C, session_id })).toEqual({
      session_id,
      status: 'cancelled',
    });
    await fails(run(h, 'click_connect_cancel', kit.ctx, { client_id: C, session_id }), 409);
    await fails(run(h, 'click_connect_update', kit.ctx, { client_id: C, session_id, ttl_minutes: 10 }), 409);
    await fails(run(h, 'click_connect_cancel', kit.ctx, { client_id: OTHER, session_id }), 404);
    await fails(run(h, 'click_connect_records', kit.ctx, { client_id: C, session_id: 'cc_999' }), 404);
    expect((await records(session_id)).map((r: { event: string }) => r.event)).toContain('party_updated');
  });
});

describe('click_connect validation', () => {
  it('422s per field and 422s a DID or agent the client does not own', async () => {
    const e = await fails(
      run(h, 'click_connect', kit.ctx, { client_id: C, did_no: DID, party_a: '123', ttl_minutes: '0' }),
      422,
    );
    expect(Object.keys(e.errors ?? {}).sort()).toEqual(['party_a', 'party_b', 'ttl_minutes']);
    await fails(run(h, 'click_connect', kit.ctx, { ...start, party_b: A }), 422, 'party_b');
    await fails(run(h, 'click_connect', kit.ctx, { ...start, did_no: '+911143109999' }), 422, 'did_no');
    await fails(run(h, 'click_connect', kit.ctx, { ...start, agent_ext: '2101' }), 422, 'agent_ext');
    await fails(run(h, 'click_connect', kit.ctx, { ...start, client_id: 'CLNOPE' }), 404);
    const { session_id } = await run(h, 'click_connect', kit.ctx, start);
    await fails(run(h, 'click_connect_update', kit.ctx, { client_id: C, session_id }), 422);
    await fails(run(h, 'click_connect_update', kit.ctx, { client_id: C, session_id, party_a: B }), 422, 'party_b');
    await fails(sessions({ status: 'nope' }), 422, 'status');
    await fails(sessions({ limit: '500' }), 422, 'limit');
  });

  it('pages newest first and marks the bridged agent on call', async () => {
    await run(h, 'add_agent', kit.ctx, {
      client_id: C,
      name: 'A',
      email: 'a@x.test',
      phonenumber: A,
      password: 'SecurePass@123',
    });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await run(h, 'click_connect', kit.ctx, { ...start, agent_ext: '2101' })).session_id);
      kit.advance(1000);
    }
    const p2 = await sessions({ page: '2', limit: '2' });
    expect(p2).toMatchObject({ page: 2, limit: 2, total: 3 });
    expect(p2.items.map((s: { session_id: string }) => s.session_id)).toEqual([ids[0]]);
    kit.advance(RING_S * 1000);
    const [agent] = await run(h, 'get_agents_availability', kit.ctx, { client_id: C });
    expect(agent.on_call).toBe('1');
  });

  it('masks to the last two digits', () => {
    expect(maskNumber('9876543210')).toBe('+91••••••••10');
  });
});
