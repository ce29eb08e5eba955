import type { SandboxContext } from '@/lib/sandbox/core';
import { appendEvents, refreshSession } from '@/lib/sandbox/handlers/masking-lifecycle';
import { hashPassword } from '@/lib/sandbox/handlers/ops-common';
import { reserveIds } from '@/lib/sandbox/ids';
import { addHoliday, setSchedule } from '@/lib/sandbox/schedules';
import type { SandboxDB as DB } from '@/lib/sandbox/schema';

/**
 * Deterministic demo data for the operations groups: per client three agents (2101-2103),
 * a voice bot, a basic flow on the primary DID, a WhatsApp number with hours and national
 * holidays, and a few masking sessions (completed, cancelled, live). Same input, same data,
 * apart from the password salt. All demo agents share the password below.
 */
export const DEMO_AGENT_PASSWORD = 'Agent-demo-1234';

const PEOPLE = [
  ['Priya', 'Sharma'],
  ['Arjun', 'Mehta'],
  ['Kavya', 'Iyer'],
  ['Rohan', 'Gupta'],
  ['Ananya', 'Reddy'],
  ['Vikram', 'Singh'],
  ['Meera', 'Nair'],
] as const;

const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** A valid, distinct mobile that never ends in "00" (so never the failing "…0000" test number). */
const mobile = (prefix: '98' | '97' | '96', n: number) => `${prefix}${pad(n % 1e6, 6)}${11 + (n % 89)}`;

export async function seedSandboxOps(db: DB, clientIds: string[], opts: { now?: Date } = {}): Promise<void> {
  const now = opts.now ?? new Date();
  // One hash for every demo agent: scrypt per agent would make large seeds crawl.
  const passwordHash = await hashPassword(DEMO_AGENT_PASSWORD);
  const seedAll = async (tx: DB) => {
    const ctx: SandboxContext = { db: tx, now: () => new Date(now), requestId: 'seed' };
    for (const [i, clientId] of clientIds.entries()) await seedClient(ctx, clientId, i, passwordHash);
  };
  // One transaction makes a large seed fast; join the caller's if it already opened one.
  if (db.isTransaction) await seedAll(db);
  else await db.transaction().execute(seedAll);
}

async function seedClient(ctx: SandboxContext, clientId: string, i: number, passwordHash: string): Promise<void> {
  const at = ctx.now().toISOString();
  const dids = await ctx.db
    .selectFrom('sbx_dids')
    .select('number')
    .where('client_id', '=', clientId)
    .where('status', '=', 'active')
    .orderBy('purchased_at')
    .orderBy('number')
    .execute();
  const primary = dids[0]?.number ?? null;

  const firstAgent = await reserveIds(ctx, 'agent', 3);
  const agents = [0, 1, 2].map((k) => {
    const [first, last] = PEOPLE[(i + k) % PEOPLE.length];
    return {
      id: String(firstAgent + k),
      client_id: clientId,
      name: `${first} ${last}`,
      email: `${first}.${last}@client${i + 1}.demo.test`.toLowerCase(),
      phonenumber: mobile('98', i * 3 + k),
      extension: String(2101 + k),
      password_hash: passwordHash,
      reporting_manager: k === 0 ? null : String(firstAgent),
      manager: k === 0 ? '1' : '0',
      is_webrtc: '1',
      dial_preference: '1',
      did_num: k === 0 ? primary : null,
      permission_group: '2',
      status: '1',
      available: k < 2 ? 1 : 0,
      on_call: 0,
      created_at: at,
      updated_at: at,
    };
  });
  await ctx.db.insertInto('sbx_agents').values(agents).execute();

  const botId = String(await reserveIds(ctx, 'bot', 1));
  await ctx.db
    .insertInto('sbx_bots')
    .values({
      id: botId,
      client_id: clientId,
      bot_name: 'Lead qualifier',
      to_be_used: 'voice',
      api_url: `https://bots.demo.test/client${i + 1}/lead`,
      wss_url: `wss://bots.demo.test/client${i + 1}/stream`,
      wss_header: `Authorization: Bearer demo-bot-secret-${pad(i + 1, 4)}`,
      created_at: at,
      updated_at: at,
    })
    .execute();

  const flowId = String(await reserveIds(ctx, 'flow', 1));
  await ctx.db
    .insertInto('sbx_flows')
    .values({
      id: flowId,
      client_id: clientId,
      flow_name: 'Main line',
      agent_ext: '2101',
      did_no: primary,
      recording_id: null,
      transfer_to: '2102',
      wss_bot_id: botId,
      created_at: at,
      updated_at: at,
    })
    .execute();
  if (primary) {
    await ctx.db
      .updateTable('sbx_dids')
      .set({ flow_id: flowId, agent_ext: '2101' })
      .where('number', '=', primary)
      .execute();
  }

  const waId = String(await reserveIds(ctx, 'whatsapp', 1));
  await ctx.db
    .insertInto('sbx_whatsapp_dids')
    .values({
      id: waId,
      client_id: clientId,
      phone_number_id: `1029384${pad(i, 6)}`,
      access_token: `EAAG-demo-token-${pad(i + 1, 4)}`,
      display_number: primary,
      verified_name: `Demo client ${i + 1}`,
      status: 'connected',
      created_at: at,
      updated_at: at,
    })
    .execute();
  const weekdays = { open: '09:00', close: '18:00' };
  await setSchedule(ctx, 'whatsapp', clientId, waId, 'Asia/Kolkata', {
    mon: weekdays,
    tue: weekdays,
    wed: weekdays,
    thu: weekdays,
    fri: weekdays,
    sat: { open: '10:00', close: '14:00' },
  });
  const year = ctx.now().getUTCFullYear();
  for (const [md, name] of [
    ['01-26', 'Republic Day'],
    ['08-15', 'Independence Day'],
    ['10-02', "Mahatma Gandhi's Birthday"],
  ]) {
    await addHoliday(ctx, 'whatsapp', clientId, waId, name, `${year}-${md}`);
  }

  if (primary) await seedSessions(ctx, clientId, i, primary);
}

/** A completed and a cancelled session from the past hour, and one that rings at seed time. */
async function seedSessions(ctx: SandboxContext, clientId: string, i: number, did: string): Promise<void> {
  const t = ctx.now().getTime();
  const first = await reserveIds(ctx, 'click_connect', 3);
  const plan = [
    { ago: 60 * 60_000, cancelAfter: null },
    { ago: 30 * 60_000, cancelAfter: 5_000 },
    { ago: 0, cancelAfter: null },
  ];
  for (const [k, p] of plan.entries()) {
    const id = `cc_${first + k}`;
    const created = new Date(t - p.ago).toISOString();
    const row = {
      id,
      client_id: clientId,
      did_no: did,
      party_a: mobile('97', i * 3 + k),
      party_b: mobile('96', i * 3 + k),
      agent_ext: k === 2 ? '2101' : null,
      ttl_minutes: 30,
      status: 'ringing',
      created_at: created,
      connected_at: null,
      ended_at: null,
      expires_at: new Date(t - p.ago + 30 * 60_000).toISOString(),
      updated_at: created,
    };
    await ctx.db.insertInto('sbx_masking_sessions').values(row).execute();
    await appendEvents(ctx, id, [
      { at: created, event: 'created', leg: 'system', duration_s: 0 },
      { at: created, event: 'dialing', leg: 'a', duration_s: 0 },
      { at: created, event: 'dialing', leg: 'b', duration_s: 0 },
    ]);
    if (p.cancelAfter !== null) {
      const ended = new Date(t - p.ago + p.cancelAfter).toISOString();
      await ctx.db
        .updateTable('sbx_masking_sessions')
        .set({ status: 'cancelled', ended_at: ended, updated_at: ended })
        .where('id', '=', id)
        .execute();
      await appendEvents(ctx, id, [{ at: ended, event: 'cancelled', leg: 'system', duration_s: 0 }]);
    } else {
      // Let the lifecycle model settle past sessions exactly as a later read would.
      await refreshSession(ctx, row);
    }
  }
}
