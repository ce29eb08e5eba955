import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expect422, type OpsContract, rejects, startOpsContract } from './ops-contract-kit';

const C = 'CLCTAGENTS01';
const OTHER = 'CLCTOTHER001';
const DID = '+911143104501';
const FOREIGN = '+911143109999';
type AgentOverrides = Partial<Record<'client_id' | 'name' | 'email' | 'extension' | 'did_num', string>>;
const agent = (over: AgentOverrides = {}) => ({
  client_id: C,
  name: 'Priya Sharma',
  email: 'priya@acme.test',
  phonenumber: '9876543210',
  password: 'SecurePass@123',
  ...over,
});
const edit = (agent_id: string, over: AgentOverrides = {}) => ({ ...agent(over), agent_id });

let k: OpsContract;
let first: { agent_id: string; extension: string };
beforeAll(async () => {
  k = await startOpsContract();
  await k.client(C, [DID]);
  await k.client(OTHER, [FOREIGN]);
});
afterAll(() => k.server.close());

describe('agents through the portal client', () => {
  it('add_agent: assigns an extension; 409 on taken extension/email; 422 foreign DID; 404 unknown client', async () => {
    first = await k.api.call('add_agent', agent());
    expect(first).toEqual({ agent_id: expect.stringMatching(/^\d+$/), extension: '2101' });
    await rejects(k.api.call('add_agent', agent({ email: 'other@acme.test', extension: '2101' })), 409, 'extension');
    await rejects(k.api.call('add_agent', agent({ extension: '2300' })), 409, 'email');
    await rejects(k.api.call('add_agent', agent({ email: 'x@acme.test', did_num: FOREIGN })), 422, 'did_num');
    await rejects(k.api.call('add_agent', agent({ client_id: 'CLNOSUCH0001' })), 404);
    expect422(await k.raw('/partnerclients/add_agent', { ...agent(), email: 'not-an-email' }), 'email');
  });

  it('edit_agent: updates; 409 on a clash; 404 unknown agent', async () => {
    const second = await k.api.call('add_agent', agent({ email: 'ravi@acme.test' }));
    expect(await k.api.call('edit_agent', edit(first.agent_id, { name: 'Priya S' }))).toEqual({
      agent_id: first.agent_id,
    });
    await rejects(
      k.api.call('edit_agent', edit(second.agent_id, { email: 'ravi@acme.test', extension: '2101' })),
      409,
      'extension',
    );
    await rejects(k.api.call('edit_agent', edit('999999')), 404);
    expect(await k.api.call('delete_agent', { client_id: C, agent_id: second.agent_id })).toEqual({
      agent_id: second.agent_id,
      status: '0',
    });
    await rejects(k.api.call('delete_agent', { client_id: C, agent_id: second.agent_id }), 404);
  });

  it('update_agent_did: routes an owned DID; 404 unknown extension; 422 foreign DID', async () => {
    expect(await k.api.call('update_agent_did', { client_id: C, agent_ext: '2101', did_num: DID })).toEqual({
      agent_ext: '2101',
      did_num: DID,
    });
    const dids = await k.api.call('client_dids', { client_id: C });
    expect(dids.find((d) => d.number === DID)).toMatchObject({ agent_ext: '2101' });
    await rejects(k.api.call('update_agent_did', { client_id: C, agent_ext: '2999', did_num: DID }), 404);
    await rejects(
      k.api.call('update_agent_did', { client_id: C, agent_ext: '2101', did_num: FOREIGN }),
      422,
      'did_num',
    );
  });

  it('agent schedules: default, set, read back; 404 unknown agent; 422 from the sandbox on bad hours', async () => {
    const ref = { client_id: C, agent_id: first.agent_id };
    expect(await k.api.call('get_agent_schedule', ref)).toMatchObject({
      agent_id: first.agent_id,
      timezone: 'Asia/Kolkata',
    });
    const working_hours = { mon: { open: '09:00', close: '18:00' }, sat: { open: '10:00', close: '13:00' } };
    const saved = await k.api.call('set_agent_schedule', { ...ref, timezone: 'Asia/Kolkata', working_hours });
    expect(saved).toEqual({ agent_id: first.agent_id, timezone: 'Asia/Kolkata', working_hours });
    expect(await k.api.call('get_agent_schedule', ref)).toEqual(saved);
    await rejects(k.api.call('get_agent_schedule', { ...ref, agent_id: '999999' }), 404);
    await rejects(k.api.call('set_agent_schedule', { ...ref, agent_id: '999999', timezone: 'UTC' }), 404);
    expect422(
      await k.raw('/partnerclients/set_agent_schedule', {
        ...ref,
        timezone: 'UTC',
        working_hours: { mon: { open: '18:00', close: '09:00' } },
      }),
      'working_hours.mon.close',
    );
    expect422(await k.raw('/partnerclients/set_agent_schedule', { ...ref, timezone: 'Moon/Base' }), 'timezone');
  });

  it('availability: the change shows in the only listing; 404 unknown agent or client', async () => {
    expect(
      await k.api.call('update_agent_availability', { client_id: C, agent_id: first.agent_id, available: '1' }),
    ).toEqual({
      agent_id: first.agent_id,
      available: '1',
    });
    const list = await k.api.call('get_agents_availability', { client_id: C });
    expect(list).toEqual([
      {
        agent_id: first.agent_id,
        name: 'Priya S',
        email: 'priya@acme.test',
        phonenumber: '9876543210',
        extension: '2101',
        did_num: DID,
        status: '1',
        available: '1',
        on_call: '0',
      },
    ]);
    expect(JSON.stringify(list)).not.toMatch(/password|scrypt/i);
    await rejects(k.api.call('update_agent_availability', { client_id: C, agent_id: '999999', available: '0' }), 404);
    await rejects(k.api.call('get_agents_availability', { client_id: 'CLNOSUCH0001' }), 404);
    expect422(
      await k.raw('/partnerclients/update_agent_availability', {
        client_id: C,
        agent_id: first.agent_id,
        available: 'yes',
      }),
      'available',
    );
  });

  it('an inactive client gets 403 on agent changes but can still read', async () => {
    await k.api.call('update_status', { client_id: OTHER, status: '0' });
    await rejects(k.api.call('add_agent', agent({ client_id: OTHER })), 403);
    expect(await k.api.call('get_agents_availability', { client_id: OTHER })).toEqual([]);
  });
});
