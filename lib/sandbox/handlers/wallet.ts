import { sql } from 'kysely';
import { requireActiveClient, requireClient } from '@/lib/sandbox/clients-store';
import { type Handler, SandboxError } from '@/lib/sandbox/core';
import { optStr, parseField, reqStr, rupees, toPaise } from '@/lib/sandbox/util';
import { balanceOf, postTransaction } from '@/lib/sandbox/wallet-store';
import { isoDateSchema, isValidIsoDate, moneySchema } from '@/lib/validation';
import { didCandidates } from './dids';

const MAX_LIMIT = 100;

function positiveInt(body: Record<string, unknown>, field: string, dflt: number, max: number): number {
  const raw = optStr(body, field);
  if (raw === undefined) return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new SandboxError(422, `Invalid ${field}`, { [field]: [`A whole number from 1 to ${max}`] });
  }
  return n;
}

const nextDay = (ymd: string) => new Date(Date.parse(`${ymd}T00:00:00Z`) + 86_400_000).toISOString();

const walletTransactions: Handler = async (ctx, body) => {
  const client = await requireClient(ctx, reqStr(body, 'client_id'));
  const page = positiveInt(body, 'page', 1, 1_000_000);
  const limit = positiveInt(body, 'limit', 20, MAX_LIMIT);
  const expenseType = optStr(body, 'expense_type');
  const start = optStr(body, 'start_date');
  const end = optStr(body, 'end_date');
  const did = optStr(body, 'did');
  if (start) parseField(isoDateSchema, start, 'start_date');
  if (end) parseField(isoDateSchema, end, 'end_date');
  if (start && end && start > end) {
    throw new SandboxError(422, 'start_date is after end_date', { end_date: ['Must be on or after start_date'] });
  }

  // Dates are whole UTC days, both ends inclusive.
  let q = ctx.db.selectFrom('sbx_wallet_transactions').where('client_id', '=', client.client_id);
  if (expenseType) q = q.where('expense_type', '=', expenseType);
  if (start) q = q.where('created_at', '>=', `${start}T00:00:00.000Z`);
  if (end) q = q.where('created_at', '<', nextDay(end));
  if (did) q = q.where('did', 'in', didCandidates(did));

  const [total, rows] = await Promise.all([
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    q
      .select(['id', 'created_at', 'type', 'expense_type', 'amount', 'balance_after', 'did', 'description'])
      .orderBy('created_at', 'desc')
      .orderBy('seq', 'desc')
      .limit(limit)
      .offset((page - 1) * limit)
      .execute(),
  ]);
  return {
    message: 'Wallet transactions',
    data: {
      items: rows.map((r) => ({ ...r, amount: rupees(r.amount), balance_after: rupees(r.balance_after) })),
      page,
      limit,
      total: Number(total.n),
    },
  };
};

const walletBalance: Handler = async (ctx, body) => {
  const client = await requireClient(ctx, reqStr(body, 'client_id'));
  const balance = await balanceOf(ctx, client.client_id);
  return {
    message: 'Wallet balance',
    data: { balance: rupees(balance), currency: 'INR', valid_till: client.valid_till },
  };
};

const VALID_TILL = /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

const addClientCredits: Handler = async (ctx, body) => {
  const clientId = reqStr(body, 'client_id');
  const creditRaw = optStr(body, 'credit');
  const validTill = optStr(body, 'valid_till');
  if (creditRaw === undefined && validTill === undefined) {
    throw new SandboxError(422, 'Give credit, valid_till or both', { credit: ['Give credit or valid_till'] });
  }
  const credit = creditRaw === undefined ? undefined : toPaise(parseField(moneySchema, creditRaw, 'credit'));
  if (validTill !== undefined && !(VALID_TILL.test(validTill) && isValidIsoDate(validTill.slice(0, 10)))) {
    throw new SandboxError(422, 'Invalid valid_till', { valid_till: ['Use YYYY-MM-DD HH:MM:SS'] });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const client = await requireActiveClient(tctx, clientId);
    let transactionId: string | null = null;
    if (credit !== undefined) {
      const tx = await postTransaction(tctx, {
        clientId,
        type: 'credit',
        expenseType: 'recharge',
        amount: credit,
        description: `Credit added by partner (₹${rupees(credit)})`,
      });
      transactionId = tx.id;
    }
    const till = validTill ?? client.valid_till;
    if (validTill !== undefined) {
      await trx
        .updateTable('sbx_clients')
        .set({ valid_till: validTill, updated_at: ctx.now().toISOString() })
        .where('client_id', '=', clientId)
        .execute();
    }
    const balance = await balanceOf(tctx, clientId);
    return {
      message: 'Credits added',
      data: { balance: rupees(balance), valid_till: till, transaction_id: transactionId },
    };
  });
};

export const handlers: Record<string, Handler> = {
  wallet_transactions: walletTransactions,
  wallet_balance: walletBalance,
  add_client_credits: addClientCredits,
};
