import { requireActiveClient, requireClient } from '@/lib/sandbox/clients-store';
import { type Handler, SandboxError } from '@/lib/sandbox/core';
import { DID_REGIONS, ensureDidInventory, regionName } from '@/lib/sandbox/did-inventory';
import { nextId } from '@/lib/sandbox/ids';
import { clearOwner } from '@/lib/sandbox/schedules';
import { optStr, reqStr, rupees } from '@/lib/sandbox/util';
import { balanceOf, postTransaction } from '@/lib/sandbox/wallet-store';

const SEARCH_LIMIT = 100;
const PATTERNS = ['contains', 'starts_with', 'ends_with'] as const;

/** "+91 11-4310 4501", "911143104501", "1143104501" → the stored E.164 candidates. */
export function didCandidates(raw: string): string[] {
  const n = raw.replace(/[\s()-]/g, '');
  if (n.startsWith('+')) return [n];
  return n.length === 10 ? [`+91${n}`, `+${n}`] : [`+${n}`, n];
}

const didRegions: Handler = async () => ({
  message: 'DID regions',
  data: DID_REGIONS.map(({ id, name, country_code }) => ({ id, name, country_code })),
});

const searchDids: Handler = async (ctx, body) => {
  await requireClient(ctx, reqStr(body, 'client_id'));
  const countryCode = reqStr(body, 'country_code');
  const pattern = (optStr(body, 'pattern') ?? '').replace(/[\s()+-]/g, '');
  if (!/^\d{0,12}$/.test(pattern)) throw new SandboxError(422, 'pattern must be digits', { pattern: ['Digits only'] });
  const mode = (optStr(body, 'search_pattern') ?? 'contains') as (typeof PATTERNS)[number];
  if (!PATTERNS.includes(mode)) {
    throw new SandboxError(422, 'Invalid search_pattern', { search_pattern: [`One of ${PATTERNS.join(', ')}`] });
  }
  const region = optStr(body, 'region');
  await ensureDidInventory(ctx.db);
  let q = ctx.db
    .selectFrom('sbx_dids')
    .select(['number', 'region_id', 'monthly_cost', 'setup_cost'])
    .where('status', '=', 'available')
    .where('country_code', '=', countryCode);
  if (region) q = q.where('region_id', '=', region);
  // Patterns match the national number (what people read off a number: "1143…").
  if (pattern) {
    const like = mode === 'starts_with' ? `${pattern}%` : mode === 'ends_with' ? `%${pattern}` : `%${pattern}%`;
    q = q.where('national', 'like', like);
  }
  const rows = await q.orderBy('number').limit(SEARCH_LIMIT).execute();
  return {
    message: `${rows.length} numbers found`,
    data: rows.map((r) => ({
      number: r.number,
      region: regionName(r.region_id),
      monthly_cost: rupees(r.monthly_cost),
      setup_cost: rupees(r.setup_cost),
    })),
  };
};

const buyDid: Handler = async (ctx, body) => {
  const clientId = reqStr(body, 'client_id');
  const candidates = didCandidates(reqStr(body, 'number'));
  await ensureDidInventory(ctx.db);
  // Check-then-debit in one transaction: two buyers of one number, or two buys racing
  // for the last rupees of a wallet, cannot both succeed.
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await requireActiveClient(tctx, clientId);
    const did = await trx.selectFrom('sbx_dids').selectAll().where('number', 'in', candidates).executeTakeFirst();
    if (!did) throw new SandboxError(404, `Number ${candidates[0]} is not in the inventory`);
    if (did.client_id !== null || did.status !== 'available') {
      throw new SandboxError(409, `Number ${did.number} is no longer available`);
    }
    const balance = await balanceOf(tctx, clientId);
    const cost = Number(did.setup_cost);
    if (balance < cost) {
      throw new SandboxError(
        402,
        `Insufficient balance: setup costs ₹${rupees(cost)}, balance is ₹${rupees(balance)}`,
        undefined,
        {
          balance: rupees(balance),
          required: rupees(cost),
        },
      );
    }
    const didId = await nextId(tctx, 'did');
    await postTransaction(tctx, {
      clientId,
      type: 'debit',
      expenseType: 'did_setup',
      amount: cost,
      did: did.number,
      description: `Setup of DID ${did.number}`,
    });
    await trx
      .updateTable('sbx_dids')
      .set({ client_id: clientId, did_id: didId, status: 'active', purchased_at: ctx.now().toISOString() })
      .where('number', '=', did.number)
      .execute();
    return { message: 'DID purchased', data: { did_id: didId, number: did.number } };
  });
};

const removeDid: Handler = async (ctx, body) => {
  const client = await requireActiveClient(ctx, reqStr(body, 'client_id'));
  const candidates = didCandidates(reqStr(body, 'did_no'));
  const did = await ctx.db
    .selectFrom('sbx_dids')
    .selectAll()
    .where('number', 'in', candidates)
    .where('client_id', '=', client.client_id)
    .executeTakeFirst();
  if (!did) throw new SandboxError(404, `Client ${client.client_id} has no DID ${candidates[0]}`);
  if (did.did_id) await clearOwner(ctx, 'did', client.client_id, did.did_id);
  await ctx.db
    .updateTable('sbx_dids')
    .set({ client_id: null, did_id: null, status: 'available', flow_id: null, agent_ext: null, purchased_at: null })
    .where('number', '=', did.number)
    .execute();
  return { message: 'DID returned to inventory', data: { did_no: did.number } };
};

const clientDids: Handler = async (ctx, _body, params) => {
  const client = await requireClient(ctx, params.client_id);
  const rows = await ctx.db
    .selectFrom('sbx_dids')
    .select(['did_id', 'number', 'region_id', 'status', 'flow_id', 'agent_ext'])
    .where('client_id', '=', client.client_id)
    .orderBy('purchased_at')
    .orderBy('number')
    .execute();
  return {
    message: 'Client DIDs',
    data: rows.map(({ region_id, ...r }) => ({ ...r, region: regionName(region_id) })),
  };
};

export const handlers: Record<string, Handler> = {
  did_regions: didRegions,
  search_dids: searchDids,
  buy_did: buyDid,
  remove_did: removeDid,
  client_dids: clientDids,
};
