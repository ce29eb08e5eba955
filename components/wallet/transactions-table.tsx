import { Card } from '@/components/ui/card';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatRupees } from '@/lib/money';
import { getSettings } from '@/lib/settings';
import { parseTime } from '@/lib/time';
import { formatTimestamp } from '@/lib/time-display';
import type { WalletTransaction } from '@/lib/wallet/queries';
import { EXPENSE_LABELS } from '@/lib/wallet/schemas';

/** In the portal's display zone, labelled (lib/time formatTimestamp); upstream sends UTC. */
function when(s: string, zone: string): { iso: string | undefined; text: string } {
  const ms = parseTime(s);
  if (ms === null) return { iso: undefined, text: s };
  return { iso: new Date(ms).toISOString(), text: formatTimestamp(ms, zone) };
}

/** A client's transactions; stacked into cards under 640 px (no sideways scrolling on phones). */
export async function TransactionsTable({ items }: { items: WalletTransaction[] }) {
  const zone = (await getSettings()).displayTimeZone;
  return (
    <Card className="p-0 sm:p-0">
      <Table label="Transactions" stack className="sm:min-w-[48rem]">
        <TableCaption className="sr-only">Transactions</TableCaption>
        <TableHeader className="text-fg-muted">
          <TableRow>
            <TableHead className="px-4 font-medium">Date</TableHead>
            <TableHead className="px-4 font-medium">Type</TableHead>
            <TableHead className="px-4 font-medium">Expense type</TableHead>
            <TableHead className="px-4 text-right font-medium">Amount</TableHead>
            <TableHead className="px-4 text-right font-medium">Balance after</TableHead>
            <TableHead className="px-4 font-medium">DID</TableHead>
            <TableHead className="px-4 font-medium">Description</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((t) => {
            const w = when(t.createdAt, zone);
            return (
              <TableRow key={t.id}>
                <TableCell label="Date" className="whitespace-nowrap px-4">
                  <time dateTime={w.iso}>{w.text}</time>
                </TableCell>
                <TableCell label="Type" className="px-4">
                  {t.type === 'credit' ? 'Credit' : 'Debit'}
                </TableCell>
                <TableCell label="Expense type" className="px-4">
                  {t.expenseType ? (EXPENSE_LABELS[t.expenseType] ?? t.expenseType) : '—'}
                </TableCell>
                <TableCell
                  label="Amount"
                  className={`whitespace-nowrap px-4 text-right tabular-nums ${t.type === 'credit' ? 'text-success' : ''}`}
                >
                  {t.type === 'credit' ? '+' : '−'}
                  {formatRupees(t.amountPaise)}
                </TableCell>
                <TableCell label="Balance after" className="whitespace-nowrap px-4 text-right tabular-nums">
                  {t.balanceAfterPaise === null ? '—' : formatRupees(t.balanceAfterPaise)}
                </TableCell>
                <TableCell label="DID" className="whitespace-nowrap px-4 font-mono">
                  {t.did ?? '—'}
                </TableCell>
                <TableCell label="Description" className="px-4">
                  {t.description ?? '—'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Card>
  );
}
