import { sql } from 'kysely';
import { requireClient, type SandboxClient } from '@/lib/sandbox/clients-store';
import { type Handler, SandboxError } from '@/lib/sandbox/core';
import { reqStr, rupees } from '@/lib/sandbox/util';
import { allBalances, balanceOf } from '@/lib/sandbox/wallet-store';
import { countAgents } from './agents';

function clientOut(c: SandboxClient, balancePaise: number) {
  return {
    client_id: c.client_id,
    name: c.name,
    email: c.email,
    mobile: c.mobile,
    status: c.status,
    balance: rupees(balancePaise),
    valid_till: c.valid_till,
    created_at: c.created_at,
  };
}

const clients: Handler = async (ctx) => {
  // Upstream returns every client at once (no paging); the portal pages on its side.
  const [rows, balances] = await Promise.all([
    ctx.db.selectFrom('sbx_clients').selectAll().orderBy('created_at', 'desc').orderBy('client_id').execute(),
    allBalances(ctx.db),
  ]);
  return { message: 'Clients', data: rows.map((c) => clientOut(c, balances.get(c.client_id) ?? 0)) };
};

const client: Handler = async (ctx, _body, params) => {
  const c = await requireClient(ctx, params.client_id);
  const [balance, dids, agents] = await Promise.all([
    balanceOf(ctx, c.client_id),
    ctx.db
      .selectFrom('sbx_dids')
      .select(sql<number>`count(*)`.as('n'))
      .where('client_id', '=', c.client_id)
      .executeTakeFirstOrThrow(),
    countAgents(ctx, c.client_id),
  ]);
  return {
    message: 'Client',
    data: {
      ...clientOut(c, balance),
      country_code: c.country_code,
      kyc: JSON.parse(c.kyc),
      dids_count: Number(dids.n),
      agents_count: agents,
    },
  };
};

const updateStatus: Handler = async (ctx, body) => {
  const c = await requireClient(ctx, reqStr(body, 'client_id'));
  const status = reqStr(body, 'status');
  if (status !== '0' && status !== '1') {
    throw new SandboxError(422, 'status must be "1" (active) or "0" (inactive)', { status: ['Must be "1" or "0"'] });
  }
  await ctx.db
    .updateTable('sbx_clients')
    .set({ status, updated_at: ctx.now().toISOString() })
    .where('client_id', '=', c.client_id)
    .execute();
  return {
    message: status === '1' ? 'Client activated' : 'Client deactivated',
    data: { client_id: c.client_id, status },
  };
};

const pending: Handler = async (ctx) => {
  const rows = await ctx.db
    .selectFrom('sbx_registrations')
    .select(['temp_client_id', 'request_id', 'name', 'email', 'mobile', 'stage', 'created_at'])
    .where('client_id', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
  return { message: 'Pending registrations', data: rows };
};

export const handlers: Record<string, Handler> = {
  clients,
  client,
  update_status: updateStatus,
  pending,
};
