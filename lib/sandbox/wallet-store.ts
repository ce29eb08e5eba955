import { sql } from 'kysely';
import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { nextId } from './ids';

/**
 * The wallet is a ledger: every credit and debit is a row, the balance is their sum.
 * Amounts are positive paise; `type` gives the sign. balance_after is recorded for the
 * statement view. Call inside a transaction when a check precedes the write (buy_did).
 */
type Ctx = { db: DB; now: () => Date };

export async function balanceOf(ctx: { db: DB }, clientId: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('sbx_wallet_transactions')
    .select(sql<number>`coalesce(sum(case when type = 'credit' then amount else -amount end), 0)`.as('balance'))
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return Number(row?.balance ?? 0);
}

/** Balances of every client in one query (the clients list). */
export async function allBalances(db: DB): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('sbx_wallet_transactions')
    .select(['client_id', sql<number>`sum(case when type = 'credit' then amount else -amount end)`.as('balance')])
    .groupBy('client_id')
    .execute();
  return new Map(rows.map((r) => [r.client_id, Number(r.balance)]));
}

export type LedgerEntry = {
  clientId: string;
  type: 'credit' | 'debit';
  expenseType: string;
  amount: number;
  did?: string | null;
  description: string;
};

export async function postTransaction(ctx: Ctx, e: LedgerEntry): Promise<{ id: string; balance_after: number }> {
  const before = await balanceOf(ctx, e.clientId);
  const balance_after = before + (e.type === 'credit' ? e.amount : -e.amount);
  const id = await nextId(ctx, 'txn');
  await ctx.db
    .insertInto('sbx_wallet_transactions')
    .values({
      id,
      seq: Number(id),
      client_id: e.clientId,
      created_at: ctx.now().toISOString(),
      type: e.type,
      expense_type: e.expenseType,
      amount: e.amount,
      balance_after,
      did: e.did ?? null,
      description: e.description,
    })
    .execute();
  return { id, balance_after };
}
