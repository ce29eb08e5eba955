import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlers as agents } from './handlers/agents';
import { handlers as bots } from './handlers/bots';
import { handlers as flows } from './handlers/flows';
import { addClient, fails, makeOpsKit, type OpsKit, run } from './ops-test-kit';

const h = { ...agents, ...flows, ...bots };
const C = 'CLFLOWS00001';
const OTHER = 'CLOTHER00001';
const [D1, D2, FOREIGN] = ['+911143104501', '+911143104502', '+911143109999'];

let kit: OpsKit;
const didRow = (n: string) =>
  kit.db.selectFrom('sbx_dids').selectAll().where('number', '=', n).executeTakeFirstOrThrow();
const flowRow = (id: string) =>
  kit.db.selectFrom('sbx_flows').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

beforeEach(async () => {
  kit = await makeOpsKit();
  await addClient(kit.ctx, C, [D1, D2]);
  await addClient(kit.ctx, OTHER, [FOREIGN]);
  const base = { client_id: C, name: 'A', phonenumber: '9876543210', password: 'SecurePass@123' };
  await run(h, 'add_agent', kit.ctx, { ...base, email: 'a@x.test', extension: '2101' });
  await run(h, 'add_agent', kit.ctx, { ...base, email: 'b@x.test', extension: '2102' });
});
afterEach(() => kit.close());

describe('flows', () => {
  it('creates on the primary DID by default and maps DIDs (the DID row follows)', async () => {
    const { flow_id } = await run(h, 'create_basic_flow', kit.ctx, {
      client_id: C,
      flow_name: 'Support',
      agent_ext: '2101',
    });
    expect(flow_id).toMatch(/^\d+$/);
    expect((await didRow(D1)).flow_id).toBe(flow_id);
    expect(await run(h, 'map_flow_did', kit.ctx, { client_id: C, flow_id, did_no: D2 })).toEqual({
      flow_id,
      did_no: D2,
    });
    expect((await didRow(D2)).flow_id).toBe(flow_id);
    expect((await didRow(D1)).flow_id).toBeNull();
    expect((await flowRow(flow_id)).did_no).toBe(D2);
  });

  it('rejects unknown agents, foreign DIDs and unknown flows', async () => {
    const base = { client_id: C, flow_name: 'Support' };
    await fails(run(h, 'create_basic_flow', kit.ctx, { ...base, agent_ext: '2999' }), 422, 'agent_ext');
    await fails(run(h, 'create_basic_flow', kit.ctx, { ...base, agent_ext: '2101', did_no: FOREIGN }), 422, 'did_no');
    await fails(run(h, 'create_basic_flow', kit.ctx, { client_id: C, agent_ext: '2101' }), 422, 'flow_name');
    await fails(run(h, 'create_basic_flow', kit.ctx, { ...base, client_id: 'CLNOPE', agent_ext: '2101' }), 404);
    await fails(run(h, 'map_flow_did', kit.ctx, { client_id: C, flow_id: '1', did_no: D1 }), 404);
    const { flow_id } = await run(h, 'create_basic_flow', kit.ctx, { ...base, agent_ext: '2101', did_no: D2 });
    await fails(run(h, 'map_flow_did', kit.ctx, { client_id: C, flow_id, did_no: FOREIGN }), 422, 'did_no');
    await fails(run(h, 'map_flow_did', kit.ctx, { client_id: OTHER, flow_id, did_no: FOREIGN }), 404);
  });

  it('edits transfer target, agent and bot; "" unlinks a bot; checks each reference', async () => {
    const { flow_id } = await run(h, 'create_basic_flow', kit.ctx, { client_id: C, flow_name: 'S', agent_ext: '2101' });
    const { id: botId } = await run(h, 'create_wss_bot', kit.ctx, { client_id: C, bot_name: 'B', to_be_used: 'voice' });
    const ref = { client_id: C, flow_id };
    expect(
      await run(h, 'edit_basic_flow', kit.ctx, { ...ref, transfer_to: '2102', agent_ext: '2102', wss_bot_id: botId }),
    ).toEqual({ flow_id });
    expect(await flowRow(flow_id)).toMatchObject({ transfer_to: '2102', agent_ext: '2102', wss_bot_id: botId });
    await fails(run(h, 'edit_basic_flow', kit.ctx, { ...ref, transfer_to: '2999' }), 422, 'transfer_to');
    await fails(run(h, 'edit_basic_flow', kit.ctx, { ...ref, agent_ext: '2999' }), 422, 'agent_ext');
    await fails(run(h, 'edit_basic_flow', kit.ctx, { ...ref, wss_bot_id: '12345' }), 422, 'wss_bot_id');
    await fails(run(h, 'edit_basic_flow', kit.ctx, { ...ref, flow_id: '1' }), 404);
    await run(h, 'edit_basic_flow', kit.ctx, { ...ref, wss_bot_id: '' });
    expect((await flowRow(flow_id)).wss_bot_id).toBeNull();
  });
});

describe('bots', () => {
  const bot = { client_id: C, bot_name: 'Lead Bot', to_be_used: 'voice', api_url: 'https://example.com/bot' };

  it('creates, lists (with wss_header), updates by id and deletes', async () => {
    const extra = { wss_url: 'wss://example.com/stream', wss_header: 'Authorization: Bearer xyz' };
    const { id } = await run(h, 'create_wss_bot', kit.ctx, { ...bot, ...extra });
    expect(id).toMatch(/^\d+$/);
    const list = await run(h, 'get_wss_bots', kit.ctx, {}, { client_id: C });
    const { client_id: _, ...shown } = bot;
    expect(list).toEqual([{ id, ...shown, ...extra }]);
    expect(await run(h, 'create_wss_bot', kit.ctx, { ...bot, id, bot_name: 'Renamed' })).toEqual({ id });
    const one = await run(h, 'get_wss_bot', kit.ctx, { client_id: C, id });
    expect(one).toMatchObject({ bot_name: 'Renamed', wss_header: 'Authorization: Bearer xyz' });
    await fails(run(h, 'get_wss_bot', kit.ctx, { client_id: OTHER, id }), 404);
    await fails(run(h, 'create_wss_bot', kit.ctx, { ...bot, id: '424242' }), 404);
    expect(await run(h, 'delete_wss_bot', kit.ctx, { client_id: C, id })).toEqual({ id });
    await fails(run(h, 'delete_wss_bot', kit.ctx, { client_id: C, id }), 404);
    expect(await run(h, 'get_wss_bots', kit.ctx, {}, { client_id: C })).toEqual([]);
  });

  it('requires https:// and wss:// schemes', async () => {
    await fails(run(h, 'create_wss_bot', kit.ctx, { ...bot, api_url: 'http://example.com' }), 422, 'api_url');
    await fails(run(h, 'create_wss_bot', kit.ctx, { ...bot, wss_url: 'ws://example.com' }), 422, 'wss_url');
    await fails(run(h, 'create_wss_bot', kit.ctx, { ...bot, wss_url: 'not a url' }), 422, 'wss_url');
    await fails(run(h, 'create_wss_bot', kit.ctx, { client_id: C, to_be_used: 'voice' }), 422, 'bot_name');
    await fails(run(h, 'get_wss_bots', kit.ctx, {}, { client_id: 'CLNOPE' }), 404);
  });
});
