import { toPaise } from '@/lib/money';
import { parseTime } from '@/lib/time';

/**
 * Reconciling an add_client_credits call whose answer never came (timeout). Upstream has no
 * idempotency key, so the portal recognises its credit in the wallet's transactions:
 *
 *   a `credit` of EXACTLY the attempt's amount (compared in paise), created no earlier than
 *   the attempt was recorded minus CLOCK_SKEW_MS (portal and upstream clocks differ), and not
 *   already claimed by another settled attempt of this client. The earliest such credit wins.
 *
 * The skew allowance errs towards "it happened": wrongly concluding "it did not" would let
 * the user credit twice, while the other mistake (a same-amount credit made outside the
 * portal in those seconds) is visible in the transactions and is the lesser harm.
 */
export const CLOCK_SKEW_MS = 60_000;

export type CreditTxn = {
  id: string | number;
  created_at: string;
  type: 'credit' | 'debit';
  amount: string | number;
  balance_after?: string | number | null;
};

export function matchCredit<T extends CreditTxn>(
  items: readonly T[],
  attempt: { amountPaise: number; startedAtMs: number; claimed: ReadonlySet<string> },
): T | null {
  const from = attempt.startedAtMs - CLOCK_SKEW_MS;
  const hits = items.filter((t) => {
    const at = parseTime(t.created_at);
    return (
      t.type === 'credit' &&
      toPaise(t.amount) === attempt.amountPaise &&
      at !== null &&
      at >= from &&
      !attempt.claimed.has(String(t.id))
    );
  });
  hits.sort((a, b) => (parseTime(a.created_at) ?? 0) - (parseTime(b.created_at) ?? 0));
  return hits[0] ?? null;
}
