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
    <Card flush>
      <Table label="Transactions" stack className="sm:min-w-[48rem]">
        <TableCaption visuallyHidden>Transactions</TableCaption>
        <TableHeader className="text-fg-muted">
          <TableRow>
            <TableHead pad="wide" weight="medium">
              Date
            </TableHead>
            <TableHead pad="wide" weight="medium">
              Type
            </TableHead>
            <TableHead pad="wide" weight="medium">
              Expense type
            </TableHead>
            <TableHead pad="wide" weight="medium" className="text-right">
              Amount
            </TableHead>
            <TableHead pad="wide" weight="medium" className="text-right">
              Balance after
            </TableHead>
            <TableHead pad="wide" weight="medium">
              DID
            </TableHead>
            <TableHead pad="wide" weight="medium">
              Description
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((t) => {
            const w = when(t.createdAt, zone);
            return (
              <TableRow key={t.id}>
                <TableCell label="Date" pad="wide" className="whitespace-nowrap">
                  <time dateTime={w.iso}>{w.text}</time>
                </TableCell>
                <TableCell label="Type" pad="wide">
                  {t.type === 'credit' ? 'Credit' : 'Debit'}
                </TableCell>
                <TableCell label="Expense type" pad="wide">
                  {t.expenseType ? (EXPENSE_LABELS[t.expenseType] ?? t.expenseType) : '—'}
                </TableCell>
                <TableCell
                  label="Amount"
                  pad="wide"
                  className={`whitespace-nowrap text-right tabular-nums ${t.type === 'credit' ? 'text-success' : ''}`}
                >
                  {t.type === 'credit' ? '+' : '−'}
                  {formatRupees(t.amountPaise)}
                </TableCell>
                <TableCell label="Balance after" pad="wide" className="whitespace-nowrap text-right tabular-nums">
                  {t.balanceAfterPaise === null ? '—' : formatRupees(t.balanceAfterPaise)}
                </TableCell>
                <TableCell label="DID" pad="wide" className="whitespace-nowrap font-mono">
                  {t.did ?? '—'}
                </TableCell>
                <TableCell label="Description" pad="wide">
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
