import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHead,
} from '@/components/ui/table';
import type { PendingItem } from '@/lib/pending/list';
import { getSettings } from '@/lib/settings';
import { formatTimestamp } from '@/lib/time-display';
import { PendingRowActions } from './pending-row-actions';

/** Pending registrations; each row is a card under 640 px with its actions in view. */
export async function PendingTable({ items, canWrite }: { items: PendingItem[]; canWrite: boolean }) {
  const zone = (await getSettings()).displayTimeZone;
  return (
    <Card className="p-0 sm:p-0">
      <Table label="Pending registrations" stack>
        <TableCaption className="sr-only">Pending registrations</TableCaption>
        <TableHeader className="text-fg-muted">
          <TableRow>
            <TableHead className="px-4 font-medium">Name</TableHead>
            <TableHead className="px-4 font-medium">Contact</TableHead>
            <TableHead className="px-4 font-medium">Next step</TableHead>
            <TableHead className="px-4 font-medium">Age</TableHead>
            {canWrite ? (
              <TableHead className="px-4">
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((p) => (
            <TableRow key={p.tempClientId}>
              <TableRowHead className="px-4 sm:py-3">{p.name}</TableRowHead>
              <TableCell label="Contact" className="px-4 sm:py-3">
                <span className="block break-all">{p.email}</span>
                <span className="block text-fg-muted">{p.mobile}</span>
              </TableCell>
              <TableCell label="Next step" className="px-4 sm:py-3">
                <Badge title={p.stage}>{p.stageLabel}</Badge>
              </TableCell>
              <TableCell label="Age" className="whitespace-nowrap px-4 sm:py-3">
                {p.createdAt ? (
                  <time dateTime={p.createdAt} title={formatTimestamp(p.createdAt, zone)}>
                    {p.age}
                  </time>
                ) : (
                  p.age
                )}
              </TableCell>
              {canWrite ? (
                <TableCell className="px-4 sm:py-3">
                  <PendingRowActions tempClientId={p.tempClientId} name={p.name} />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}
