import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers as agentSchedules } from './handlers/agent-schedules';
import { handlers as agentHandlers, countAgents } from './handlers/agents';
import { addClient, fails, makeOpsKit, type OpsKit, run } from './ops-test-kit';

const h = { ...agentHandlers, ...agentSchedules };
const C = 'CLAGENTS0001';
const OTHER = 'CLOTHER00001';
const DID = '+911143104501';
const agent = (over: Record<string, unknown> = {}) => ({
  client_id: C,
  name: 'Priya Sharma',
  email: 'priya@acme.test',
  phonenumber: '9876543210',
  password: 'SecurePass@123',
  ...over,
});

let kit: OpsKit;
beforeEach(async () => {
  kit = await makeOpsKit();
  await addClient(kit.ctx, C, [DID]);
  await addClient(kit.ctx, OTHER, ['+911143109999']);
});
afterEach(() => kit.close());

describe('add_agent', () => {
  it('assigns numeric ids and extensions from 2101 and never keeps the password', async () => {
    const a = await run(h, 'add_agent', kit.ctx, agent());
    const b = await run(h, 'add_agent', kit.ctx, agent({ email: 'ravi@acme.test' }));
    expect(a).toEqual({ agent_id: expect.stringMatching(/^\d+$/), extension: '2101' });
    expect(b.extension).toBe('2102');
    const row = await kit.db
      .selectFrom('sbx_agents')
      .selectAll()
      .where('id', '=', a.agent_id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(row)).not.toContain('SecurePass@123');
    const list = await run(h, 'get_agents_availability', kit.ctx, { client_id: C });
    expect(JSON.stringify(list)).not.toMatch(/password/i);
  });

  it('409s on a taken extension or email (case-insensitive) within the client only', async () => {
    await run(h, 'add_agent', kit.ctx, agent({ extension: '3001' }));
    await fails(run(h, 'add_agent', kit.ctx, agent({ email: 'x@acme.test', extension: '3001' })), 409, 'extension');
    await fails(run(h, 'add_agent', kit.ctx, agent({ email: 'PRIYA@acme.test' })), 409, 'email');
    // Another client may reuse both.
    await run(h, 'add_agent', kit.ctx, agent({ client_id: OTHER, extension: '3001' }));
  });

  it('422s per field on bad input and on a DID the client does not own', async () => {
    const e = await fails(
      run(h, 'add_agent', kit.ctx, agent({ email: 'nope', phonenumber: '12345', password: 'short', extension: 'x1' })),
      422,
    );
    expect(Object.keys(e.errors ?? {}).sort()).toEqual(['email', 'extension', 'password', 'phonenumber']);
    await fails(run(h, 'add_agent', kit.ctx, agent({ did_num: '+911143109999' })), 422, 'did_num');
    await fails(run(h, 'add_agent', kit.ctx, agent({ client_id: 'CLNOPE' })), 404);
  });
});

describe('edit_agent, delete_agent, update_agent_did', () => {
  it('edits, soft-deletes and frees the extension and email for reuse', async () => {
    const a = await run(h, 'add_agent', kit.ctx, agent());
    const b = await run(h, 'add_agent', kit.ctx, agent({ email: 'ravi@acme.test' }));
    await fails(
      run(h, 'edit_agent', kit.ctx, agent({ agent_id: b.agent_id, extension: a.extension })),
      409,
      'extension',
    );
    expect(await run(h, 'edit_agent', kit.ctx, agent({ agent_id: a.agent_id, name: 'Priya S' }))).toEqual({
      agent_id: a.agent_id,
    });
    await fails(run(h, 'edit_agent', kit.ctx, agent({ agent_id: '999999' })), 404);

    expect(await countAgents(kit.ctx, C)).toBe(2);
    expect(await run(h, 'delete_agent', kit.ctx, { client_id: C, agent_id: a.agent_id })).toEqual({
      agent_id: a.agent_id,
      status: '0',
    });
    expect(await countAgents(kit.ctx, C)).toBe(1);
    await fails(run(h, 'delete_agent', kit.ctx, { client_id: C, agent_id: a.agent_id }), 404);
    const list = await run(h, 'get_agents_availability', kit.ctx, { client_id: C });
    expect(list.map((x: { agent_id: string }) => x.agent_id)).toEqual([b.agent_id]);
    const again = await run(h, 'add_agent', kit.ctx, agent({ extension: '2101' }));
    expect(again.extension).toBe('2101');
  });

  it('update_agent_did routes an owned DID to the extension', async () => {
    const a = await run(h, 'add_agent', kit.ctx, agent());
    const out = await run(h, 'update_agent_did', kit.ctx, {
      client_id: C,
      agent_ext: a.extension,
      did_num: '911143104501',
    });
    expect(out).toEqual({ agent_ext: '2101', did_num: DID });
    const did = await kit.db.selectFrom('sbx_dids').selectAll().where('number', '=', DID).executeTakeFirstOrThrow();
    expect(did.agent_ext).toBe('2101');
    await fails(run(h, 'update_agent_did', kit.ctx, { client_id: C, agent_ext: '2999', did_num: DID }), 404);
    await fails(
      run(h, 'update_agent_did', kit.ctx, { client_id: C, agent_ext: '2101', did_num: '+911143109999' }),
      422,
      'did_num',
    );
  });
});

describe('schedules and availability', () => {
  it('defaults, validates and stores an agent schedule', async () => {
    const a = await run(h, 'add_agent', kit.ctx, agent());
    const ref = { client_id: C, agent_id: a.agent_id };
    const initial = await run(h, 'get_agent_schedule', kit.ctx, ref);
    expect(initial).toMatchObject({ agent_id: a.agent_id, timezone: 'Asia/Kolkata' });
    const hours = { mon: { open: '09:00', close: '18:00' } };
    const saved = await run(h, 'set_agent_schedule', kit.ctx, {
      ...ref,
      timezone: 'Asia/Kolkata',
      working_hours: hours,
    });
    expect(saved).toEqual({ agent_id: a.agent_id, timezone: 'Asia/Kolkata', working_hours: hours });
    expect(await run(h, 'get_agent_schedule', kit.ctx, ref)).toEqual(saved);
    await fails(run(h, 'set_agent_schedule', kit.ctx, { ...ref, timezone: 'Mars/Base' }), 422, 'timezone');
    await fails(
      run(h, 'set_agent_schedule', kit.ctx, {
        ...ref,
        timezone: 'UTC',
        working_hours: { mon: { open: '18:00', close: '09:00' } },
      }),
      422,
    );
    await fails(run(h, 'get_agent_schedule', kit.ctx, { client_id: OTHER, agent_id: a.agent_id }), 404);
  });

  it('availability changes show in the listing', async () => {
    const a = await run(h, 'add_agent', kit.ctx, agent({ did_num: DID }));
    const ref = { client_id: C, agent_id: a.agent_id };
    expect(await run(h, 'update_agent_availability', kit.ctx, { ...ref, available: '1' })).toEqual({
      agent_id: a.agent_id,
      available: '1',
    });
    const [row] = await run(h, 'get_agents_availability', kit.ctx, { client_id: C });
    expect(row).toEqual({
      agent_id: a.agent_id,
      name: 'Priya Sharma',
      email: 'priya@acme.test',
      phonenumber: '9876543210',
      extension: '2101',
      did_num: DID,
      status: '1',
      available: '1',
      on_call: '0',
    });
    await fails(run(h, 'update_agent_availability', kit.ctx, { ...ref, available: 'yes' }), 422, 'available');
    await fails(run(h, 'update_agent_availability', kit.ctx, { ...ref, agent_id: '1', available: '0' }), 404);
    const e = await fails(run(h, 'update_agent_availability', kit.ctx, ref), 422, 'available');
    expect(e.errors?.available).toEqual(['This field is required']);
  });
});
