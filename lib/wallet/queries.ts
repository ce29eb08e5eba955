import 'server-only';
import { cache } from 'react';
import { toPaise } from '@/lib/money';
import { partnerApi } from '@/lib/partner-api';
import { walletBalance } from '@/lib/partner-api/reads';
import type { PAGE_SIZES, TransactionsQuery } from './schemas';

export type WalletBalance = { balancePaise: number; currency: string; validTill: string | null };

export type WalletTransaction = {
  id: string;
  createdAt: string;
  type: 'credit' | 'debit';
  expenseType: string | null;
  amountPaise: number;
  balanceAfterPaise: number | null;
  did: string | null;
  description: string | null;
};

export type TransactionsPage = { items: WalletTransaction[]; page: number; limit: number; total: number };

export const DEFAULT_LIMIT: (typeof PAGE_SIZES)[number] = 20;

export const getWalletBalance = cache(async (clientId: string): Promise<WalletBalance> => {
  const w = await walletBalance(clientId);
  return { balancePaise: toPaise(w.balance), currency: w.currency, validTill: w.valid_till ?? null };
});

/** One page of the client's transactions, filtered and paged upstream (newest first). */
export async function getTransactions(clientId: string, q: TransactionsQuery): Promise<TransactionsPage> {
  const r = await partnerApi().call('wallet_transactions', {
    client_id: clientId,
    page: String(q.page ?? 1),
    limit: String(q.limit ?? DEFAULT_LIMIT),
    expense_type: q.expense_type,
    start_date: q.start,
    end_date: q.end,
    did: q.did,
  });
  return {
    items: r.items.map((t) => ({
      id: String(t.id),
      createdAt: t.created_at,
      type: t.type,
      expenseType: t.expense_type ?? null,
      amountPaise: toPaise(t.amount),
      balanceAfterPaise: t.balance_after == null ? null : toPaise(t.balance_after),
      did: t.did ?? null,
      description: t.description ?? null,
    })),
    page: r.page,
    limit: r.limit,
    total: r.total,
  };
}
