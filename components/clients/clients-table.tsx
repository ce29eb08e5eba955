import Link from 'next/link';
import { Card } from '@/components/ui/card';
import {
  SortableHead,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHead,
} from '@/components/ui/table';
import type { ClientRow } from '@/lib/clients/list';
import { type ListParams, type SortKey, toQueryString } from '@/lib/clients/schemas';
import { formatRupees } from '@/lib/money';
import { StatusBadge, ValidityCell } from './client-badges';

/**
 * One server-rendered page of clients. Under 640 px each row is a card (Table `stack`), so a
 * phone never scrolls sideways; from 640 px it is a table that scrolls inside its card if needed.
 */
export function ClientsTable({
  rows,
  params,
  now,
  lowBalancePaise,
}: {
  rows: ClientRow[];
  params: ListParams;
  now: number;
  lowBalancePaise: number;
}) {
  const sortHead = (label: string, sort: SortKey, className?: string) => (
    <SortableHead
      label={label}
      active={params.sort === sort}
      direction={params.dir}
      href={(dir) => `/clients${toQueryString({ ...params, sort, dir, page: 1 })}`}
      className={className}
    />
  );
  return (
    <Card flush>
      <Table label="Clients" stack className="sm:min-w-[44rem]">
        <TableCaption visuallyHidden>Clients</TableCaption>
        <TableHeader className="text-fg-muted">
          <TableRow>
            {sortHead('Client', 'name')}
            <TableHead>Contact</TableHead>
            <TableHead>Status</TableHead>
            {sortHead('Balance', 'balance', 'text-right')}
            {sortHead('Valid till', 'valid_till')}
            {sortHead('Created', 'created_at')}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              <TableRowHead weight="normal">
                <Link href={`/clients/${r.id}`} className="font-medium text-fg underline underline-offset-2">
                  {r.name}
                </Link>
                <span className="block font-mono text-xs text-fg-muted">{r.id}</span>
              </TableRowHead>
              <TableCell label="Contact">
                <span className="block break-all">{r.email}</span>
                <span className="block text-fg-muted">{r.mobile}</span>
              </TableCell>
              <TableCell label="Status">
                <StatusBadge active={r.active} />
              </TableCell>
              <TableCell label="Balance" className="whitespace-nowrap text-right tabular-nums">
                {formatRupees(r.balancePaise)}
                {r.balancePaise < lowBalancePaise ? (
                  <span className="block text-xs text-danger">Low balance</span>
                ) : null}
              </TableCell>
              <TableCell label="Valid till">
                <ValidityCell validTillMs={r.validTillMs} now={now} />
              </TableCell>
              <TableCell label="Created" className="whitespace-nowrap">
                {r.createdAt?.slice(0, 10) ?? '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}
