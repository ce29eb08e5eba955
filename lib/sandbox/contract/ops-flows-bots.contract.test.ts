import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expect422, type OpsContract, rejects, startOpsContract } from './ops-contract-kit';

const C = 'CLCTFLOWS001';
const OTHER = 'CLCTOTHER001';
const [D1, D2, FOREIGN] = ['+911143104501', '+911143104502', '+911143109999'];
const BOT = {
  client_id: C,
  bot_name: 'Lead Bot',
  to_be_used: 'voice',
  api_url: 'https://example.com/bot',
  wss_url: 'wss://example.com/stream',
  wss_header: 'Authorization: Bearer xyz',
};

let k: OpsContract;
let botId: string;
let flowId: string;
beforeAll(async () => {
  k = await startOpsContract();
  await k.client(C, [D1, D2]);
  await k.client(OTHER, [FOREIGN]);
  const base = { client_id: C, name: 'Agent', phonenumber: '9876543210', password: 'SecurePass@123' };
  await k.api.call('add_agent', { ...base, email: 'a@acme.test', extension: '2101' });
  await k.api.call('add_agent', { ...base, email: 'b@acme.test', extension: '2102' });
});
afterAll(() => k.server.close());

describe('voice bots through the portal client', () => {
  it('create_wss_bot: creates, updates by id; 404 unknown id; 422 on wrong URL schemes', async () => {
    ({ id: botId } = await k.api.call('create_wss_bot', BOT));
    expect(botId).toMatch(/^\d+$/);
    expect(await k.api.call('create_wss_bot', { ...BOT, id: botId, bot_name: 'Lead Bot v2' })).toEqual({ id: botId });
    await rejects(k.api.call('create_wss_bot', { ...BOT, id: '424242' }), 404);
    // Raw posts: the sandbox must refuse these even if the portal's client lets them through.
    expect422(await k.raw('/partnerclients/create_wss_bot', { ...BOT, api_url: 'http://example.com/bot' }), 'api_url');
    expect422(await k.raw('/partnerclients/create_wss_bot', { ...BOT, wss_url: 'ws://example.com/stream' }), 'wss_url');
    await rejects(k.api.call('create_wss_bot', { ...BOT, client_id: 'CLNOSUCH0001' }), 404);
  });

  it('get_wss_bots / get_wss_bot: return the stored wss_header; 404 for unknown client or bot', async () => {
    const { client_id: _, ...shown } = BOT;
    expect(await k.api.call('get_wss_bots', { client_id: C })).toEqual([
      { ...shown, id: botId, bot_name: 'Lead Bot v2' },
    ]);
    expect(await k.api.call('get_wss_bot', { client_id: C, id: botId })).toMatchObject({ wss_header: BOT.wss_header });
    await rejects(k.api.call('get_wss_bots', { client_id: 'CLNOSUCH0001' }), 404);
    await rejects(k.api.call('get_wss_bot', { client_id: OTHER, id: botId }), 404);
  });
});

describe('call flows through the portal client', () => {
  it('create_basic_flow: on the named DID; 422 unknown extension or foreign DID; 404 unknown client', async () => {
    ({ flow_id: flowId } = await k.api.call('create_basic_flow', {
      client_id: C,
      flow_name: 'Support',
      agent_ext: '2101',
      did_no: D1,
    }));
    expect(flowId).toMatch(/^\d+$/);
    await rejects(
      k.api.call('create_basic_flow', { client_id: C, flow_name: 'X', agent_ext: '2999' }),
      422,
      'agent_ext',
    );
    await rejects(
      k.api.call('create_basic_flow', { client_id: C, flow_name: 'X', agent_ext: '2101', did_no: FOREIGN }),
      422,
      'did_no',
    );
    await rejects(
      k.api.call('create_basic_flow', { client_id: 'CLNOSUCH0001', flow_name: 'X', agent_ext: '2101' }),
      404,
    );
    expect422(await k.raw('/partnerclients/create_basic_flow', { client_id: C, agent_ext: '2101' }), 'flow_name');
  });

  it('edit_basic_flow: sets transfer target, agent and bot; 422 on unknown references; 404 unknown flow', async () => {
    const ref = { client_id: C, flow_id: flowId };
    expect(
      await k.api.call('edit_basic_flow', {
        ...ref,
        flow_name: 'Support 2',
        transfer_to: '2102',
        agent_ext: '2102',
        wss_bot_id: botId,
      }),
    ).toEqual({
      flow_id: flowId,
    });
    await rejects(k.api.call('edit_basic_flow', { ...ref, transfer_to: '2999' }), 422, 'transfer_to');
    await rejects(k.api.call('edit_basic_flow', { ...ref, agent_ext: '2999' }), 422, 'agent_ext');
    await rejects(k.api.call('edit_basic_flow', { ...ref, wss_bot_id: '424242' }), 422, 'wss_bot_id');
    await rejects(k.api.call('edit_basic_flow', { ...ref, flow_id: '1' }), 404);
  });

  it('map_flow_did: moves the flow and client_dids shows it; 422 foreign DID; 404 unknown flow', async () => {
    expect(await k.api.call('map_flow_did', { client_id: C, flow_id: flowId, did_no: D2 })).toEqual({
      flow_id: flowId,
      did_no: D2,
    });
    const dids = await k.api.call('client_dids', { client_id: C });
    expect(dids.find((d) => d.number === D2)?.flow_id).toBe(flowId);
    expect(dids.find((d) => d.number === D1)?.flow_id ?? null).toBeNull();
    await rejects(k.api.call('map_flow_did', { client_id: C, flow_id: flowId, did_no: FOREIGN }), 422, 'did_no');
    await rejects(k.api.call('map_flow_did', { client_id: C, flow_id: '1', did_no: D1 }), 404);
  });
});

describe('deleting a bot', () => {
  it('delete_wss_bot: deletes once, then 404', async () => {
    expect(await k.api.call('delete_wss_bot', { client_id: C, id: botId })).toEqual({ id: botId });
    await rejects(k.api.call('delete_wss_bot', { client_id: C, id: botId }), 404);
    expect(await k.api.call('get_wss_bots', { client_id: C })).toEqual([]);
  });
});
