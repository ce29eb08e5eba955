import { Card } from '@/components/ui/card';
import { formatRupees } from '@/lib/clients/format';
import { parseTime } from '@/lib/clients/list';
import type { WalletTransaction } from '@/lib/wallet/queries';
import { EXPENSE_LABELS } from '@/lib/wallet/schemas';

/** Upstream times are UTC; shown as such so they agree with the date filters (whole UTC days). */
function when(s: string): { iso: string | undefined; text: string } {
  const ms = parseTime(s);
  if (ms === null) return { iso: undefined, text: s };
  const iso = new Date(ms).toISOString();
  return { iso, text: `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` };
}

const HEADERS = ['Date', 'Type', 'Expense type', 'Amount', 'Balance after', 'DID', 'Description'];

export function TransactionsTable({ items }: { items: WalletTransaction[] }) {
  return (
    <Card className="overflow-x-auto p-0 sm:p-0">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Transactions</caption>
        <thead className="border-b border-line text-fg-muted">
          <tr>
            {HEADERS.map((h) => (
              <th
                key={h}
                scope="col"
                className={`px-4 py-2 font-medium ${h.includes('mount') || h.includes('after') ? 'text-right' : ''}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {items.map((t) => {
            const w = when(t.createdAt);
            return (
              <tr key={t.id}>
                <td className="whitespace-nowrap px-4 py-2">
                  <time dateTime={w.iso}>{w.text}</time>
                </td>
                <td className="px-4 py-2">{t.type === 'credit' ? 'Credit' : 'Debit'}</td>
                <td className="px-4 py-2">{t.expenseType ? (EXPENSE_LABELS[t.expenseType] ?? t.expenseType) : '—'}</td>
                <td
                  className={`whitespace-nowrap px-4 py-2 text-right tabular-nums ${t.type === 'credit' ? 'text-success' : ''}`}
                >
                  {t.type === 'credit' ? '+' : '−'}
                  {formatRupees(t.amountPaise)}
                </td>
                <td className="whitespace-nowrap px-4 py-2 text-right tabular-nums">
                  {t.balanceAfterPaise === null ? '—' : formatRupees(t.balanceAfterPaise)}
                </td>
                <td className="whitespace-nowrap px-4 py-2 font-mono">{t.did ?? '—'}</td>
                <td className="px-4 py-2">{t.description ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}
