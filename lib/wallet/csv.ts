import 'server-only';
import { csvLine } from '@/lib/clients/csv';
import { rupeesText } from '@/lib/money';
import { getTransactions, type WalletTransaction } from './queries';
import type { TransactionsQuery } from './schemas';

export const TRANSACTIONS_CSV_HEADER = [
  'id',
  'created_at',
  'type',
  'expense_type',
  'amount_inr',
  'balance_after_inr',
  'did',
  'description',
];

export function transactionCsvLine(t: WalletTransaction): string {
  return csvLine([
    t.id,
    t.createdAt,
    t.type,
    t.expenseType,
    rupeesText(t.amountPaise),
    t.balanceAfterPaise === null ? null : rupeesText(t.balanceAfterPaise),
    t.did,
    t.description,
  ]);
}

const PAGE = 100;

/**
 * Every transaction matching the filters as a CSV stream: one upstream page (100 rows) is
 * fetched only when the reader wants more (`pull`), so 100,000 rows never sit in memory and
 * a download cancelled half way stops calling upstream. Pages are read newest first; the
 * total is fixed at the first page so rows arriving during the export do not shift the end.
 * The first page is fetched before the response starts, so an upstream error is still a
 * proper error response rather than a truncated file.
 */
export async function transactionsCsvStream(
  clientId: string,
  q: TransactionsQuery,
  fetchPage: typeof getTransactions = getTransactions,
): Promise<ReadableStream<Uint8Array>> {
  const enc = new TextEncoder();
  const base = { ...q, limit: PAGE as TransactionsQuery['limit'] };
  const first = await fetchPage(clientId, { ...base, page: 1 });
  const pages = Math.max(1, Math.ceil(first.total / PAGE));
  let next = 2;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // BOM: spreadsheet apps read UTF-8 (₹, Devanagari descriptions) only with it.
      controller.enqueue(
        enc.encode(`\uFEFF${csvLine(TRANSACTIONS_CSV_HEADER)}${first.items.map(transactionCsvLine).join('')}`),
      );
      if (pages < 2) controller.close();
    },
    async pull(controller) {
      const page = await fetchPage(clientId, { ...base, page: next });
      controller.enqueue(enc.encode(page.items.map(transactionCsvLine).join('')));
      next++;
      if (next > pages || page.items.length === 0) controller.close();
    },
  });
}
