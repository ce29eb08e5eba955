import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidIndianMobile } from '@/lib/validation';
import { handlers as agentSchedules } from './handlers/agent-schedules';
import { countAgents } from './handlers/agents';
import { handlers as bots } from './handlers/bots';
import { handlers as masking } from './handlers/masking';
import { handlers as whatsapp } from './handlers/whatsapp';
import { addClient, makeOpsKit, type OpsKit, run, T0 } from './ops-test-kit';
import { seedSandboxOps } from './seed-ops';

const h = { ...agentSchedules, ...bots, ...masking, ...whatsapp };
const CLIENTS = ['CLSEED000001', 'CLSEED000002'];

let kit: OpsKit;
beforeEach(async () => {
  kit = await makeOpsKit();
  await addClient(kit.ctx, CLIENTS[0], ['+911143100001', '+911143100002']);
  await addClient(kit.ctx, CLIENTS[1]);
});
afterEach(() => kit.close());

const snapshot = async (k: OpsKit) => {
  const agents = await k.db
    .selectFrom('sbx_agents')
    .select(['id', 'client_id', 'email', 'extension'])
    .orderBy('id')
    .execute();
  const flows = await k.db.selectFrom('sbx_flows').selectAll().orderBy('id').execute();
  const sessions = await k.db.selectFrom('sbx_masking_sessions').selectAll().orderBy('id').execute();
  return { agents, flows, sessions };
};

describe('seedSandboxOps', () => {
  it('seeds agents, bots, a flow on the primary DID, WhatsApp and sessions usable through the handlers', async () => {
    await seedSandboxOps(kit.db, CLIENTS, { now: T0 });
    expect(await countAgents(kit.ctx, CLIENTS[0])).toBe(3);
    const list = await run(h, 'get_agents_availability', kit.ctx, { client_id: CLIENTS[0] });
    expect(list.map((a: { extension: string }) => a.extension)).toEqual(['2101', '2102', '2103']);
    expect(list.every((a: { phonenumber: string }) => isValidIndianMobile(a.phonenumber))).toBe(true);
    expect(await run(h, 'get_wss_bots', kit.ctx, {}, { client_id: CLIENTS[1] })).toHaveLength(1);
    const did = await kit.db
      .selectFrom('sbx_dids')
      .selectAll()
      .where('number', '=', '+911143100001')
      .executeTakeFirstOrThrow();
    const [flow] = (await snapshot(kit)).flows;
    expect(did.flow_id).toBe(flow.id);
    const [wa] = await run(h, 'get_whatsapp_dids', kit.ctx, { client_id: CLIENTS[0] });
    const schedule = await run(h, 'get_whatsapp_schedule', kit.ctx, { client_id: CLIENTS[0], wa_did_id: wa.wa_did_id });
    expect(schedule.holidays).toHaveLength(3);
    const page = await run(h, 'click_connect_sessions', kit.ctx, { client_id: CLIENTS[0] });
    expect(page.items.map((s: { status: string }) => s.status)).toEqual(['ringing', 'cancelled', 'completed']);
    // A client without a DID gets no flow mapping and no sessions, but the rest.
    expect((await run(h, 'click_connect_sessions', kit.ctx, { client_id: CLIENTS[1] })).total).toBe(0);
  });

  it('is deterministic', async () => {
    await seedSandboxOps(kit.db, CLIENTS, { now: T0 });
    const other = await makeOpsKit();
    await addClient(other.ctx, CLIENTS[0], ['+911143100001', '+911143100002']);
    await addClient(other.ctx, CLIENTS[1]);
    await seedSandboxOps(other.db, CLIENTS, { now: T0 });
    expect(await snapshot(other)).toEqual(await snapshot(kit));
    await other.close();
  });
});
