import { toPaise } from '@/lib/money';
import type { LedgerEntry } from './analytics';

/** Upstream's transaction shape, as far as spend arithmetic needs it. */
export type RawTxn = {
  created_at: string;
  type: 'credit' | 'debit';
  expense_type?: string | null;
  amount: string;
  did?: string | null;
};

/** Upstream times are "YYYY-MM-DD HH:MM:SS" (UTC) or ISO; an unreadable one is skipped. */
export function toLedgerEntry(t: RawTxn): LedgerEntry | null {
  const s = /^\d{4}-\d{2}-\d{2} /.test(t.created_at) ? `${t.created_at.replace(' ', 'T')}Z` : t.created_at;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  return {
    createdAtMs: ms,
    type: t.type,
    expenseType: t.expense_type ?? null,
    amountPaise: toPaise(t.amount),
    did: t.did ?? null,
  };
}
