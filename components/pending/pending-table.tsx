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
    <Card flush>
      <Table label="Pending registrations" stack>
        <TableCaption visuallyHidden>Pending registrations</TableCaption>
        <TableHeader className="text-fg-muted">
          <TableRow>
            <TableHead pad="wide" weight="medium">
              Name
            </TableHead>
            <TableHead pad="wide" weight="medium">
              Contact
            </TableHead>
            <TableHead pad="wide" weight="medium">
              Next step
            </TableHead>
            <TableHead pad="wide" weight="medium">
              Age
            </TableHead>
            {canWrite ? (
              <TableHead pad="wide">
                <span className="sr-only">Actions</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((p) => (
            <TableRow key={p.tempClientId}>
              <TableRowHead pad="wide" className="sm:py-3">
                {p.name}
              </TableRowHead>
              <TableCell label="Contact" pad="wide" className="sm:py-3">
                <span className="block break-all">{p.email}</span>
                <span className="block text-fg-muted">{p.mobile}</span>
              </TableCell>
              <TableCell label="Next step" pad="wide" className="sm:py-3">
                <Badge title={p.stage}>{p.stageLabel}</Badge>
              </TableCell>
              <TableCell label="Age" pad="wide" className="whitespace-nowrap sm:py-3">
                {p.createdAt ? (
                  <time dateTime={p.createdAt} title={formatTimestamp(p.createdAt, zone)}>
                    {p.age}
                  </time>
                ) : (
                  p.age
                )}
              </TableCell>
              {canWrite ? (
                <TableCell pad="wide" className="sm:py-3">
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
