import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatRupees } from '@/lib/clients/format';
import { type ClientRow, LOW_BALANCE_PAISE } from '@/lib/clients/list';
import { type ListParams, type SortKey, toQueryString } from '@/lib/clients/schemas';
import { StatusBadge, ValidityCell } from './client-badges';

const COLUMNS: { label: string; sort?: SortKey; className?: string }[] = [
  { label: 'Client', sort: 'name' },
  { label: 'Contact' },
  { label: 'Status' },
  { label: 'Balance', sort: 'balance', className: 'text-right' },
  { label: 'Valid till', sort: 'valid_till' },
  { label: 'Created', sort: 'created_at' },
];

function SortHeader({ label, sort, params }: { label: string; sort: SortKey; params: ListParams }) {
  const current = params.sort === sort;
  const dir = current && params.dir === 'asc' ? 'desc' : 'asc';
  const href = `/clients${toQueryString({ ...params, sort, dir, page: 1 })}`;
  return (
    <Link href={href} className="inline-flex items-center gap-1 underline-offset-2 hover:underline">
      {label}
      <span aria-hidden="true">{current ? (params.dir === 'asc' ? '▲' : '▼') : ''}</span>
      <span className="sr-only">
        {current ? `, sorted ${params.dir === 'asc' ? 'ascending' : 'descending'}` : ', sort'}
      </span>
    </Link>
  );
}

/** One server-rendered page of clients; the table scrolls inside its card on narrow screens. */
export function ClientsTable({ rows, params, now }: { rows: ClientRow[]; params: ListParams; now: number }) {
  return (
    // relative: the sr-only sort hints are absolutely positioned and must scroll (and clip) with the table.
    <Card className="overflow-x-auto p-0 sm:p-0">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Clients</caption>
        <thead className="border-b border-line text-fg-muted">
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={`whitespace-nowrap px-3 py-2 ${c.className ?? ''}`}
                aria-sort={
                  c.sort && params.sort === c.sort ? (params.dir === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                {c.sort ? <SortHeader label={c.label} sort={c.sort} params={params} /> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-line align-top last:border-0">
              <td className="px-3 py-2">
                <Link href={`/clients/${r.id}`} className="font-medium text-fg underline underline-offset-2">
                  {r.name}
                </Link>
                <span className="block font-mono text-xs text-fg-muted">{r.id}</span>
              </td>
              <td className="px-3 py-2">
                <span className="block break-all">{r.email}</span>
                <span className="block text-fg-muted">{r.mobile}</span>
              </td>
              <td className="px-3 py-2">
                <StatusBadge active={r.active} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {formatRupees(r.balancePaise)}
                {r.balancePaise < LOW_BALANCE_PAISE ? (
                  <span className="block text-xs text-danger">Low balance</span>
                ) : null}
              </td>
              <td className="px-3 py-2">
                <ValidityCell validTillMs={r.validTillMs} now={now} />
              </td>
              <td className="whitespace-nowrap px-3 py-2">{r.createdAt?.slice(0, 10) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
