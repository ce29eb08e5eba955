import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { BillingClient, BillingList } from '@/lib/billing/overview';
import { formatRupees } from '@/lib/money';
import { PauseDialog } from './pause-dialog';

export type ListActions = {
  /** The one-click top-up's href for a row, or null when the viewer may not add credits. */
  topUpHref: ((c: BillingClient) => string) | null;
  canPause: boolean;
};

/** Where a list's pager links go: the overview's URL with every other parameter kept. */
export type ListPaging = { basePath: string; param: string; params: Record<string, string | undefined> };

/** One of the overview's client lists (low balance, expiring, no spend), one page of it, paged on the server. */
export function BillingListCard({
  id,
  title,
  description,
  list,
  empty,
  actions,
  paging,
}: {
  id: string;
  title: string;
  description: string;
  list: BillingList;
  empty: string;
  actions: ListActions;
  paging: ListPaging;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title} <span className="text-base font-normal text-fg-muted">({list.total.toLocaleString('en-IN')})</span>
      </h2>
      <p className="text-sm text-fg-muted">{description}</p>
      <Card flush>
        {list.rows.length === 0 ? (
          <p className="p-4">{list.total > 0 ? 'This page is past the end of the list.' : empty}</p>
        ) : (
          <Table label={title} stack>
            <TableHeader>
              <TableRow>
                <TableHead pad="wide">Client</TableHead>
                <TableHead pad="wide">Status</TableHead>
                <TableHead pad="wide" className="text-right">
                  Balance
                </TableHead>
                <TableHead pad="wide">Valid till</TableHead>
                <TableHead pad="wide">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.rows.map((c) => (
                <TableRow key={c.clientId}>
                  <TableCell label="Client" pad="wide">
                    <Link
                      href={`/clients/${encodeURIComponent(c.clientId)}/wallet`}
                      className="underline underline-offset-2"
                    >
                      {c.name}
                    </Link>
                  </TableCell>
                  <TableCell label="Status" pad="wide">
                    <Badge tone={c.active ? 'success' : 'neutral'}>{c.active ? 'Active' : 'Paused'}</Badge>
                  </TableCell>
                  <TableCell label="Balance" pad="wide" className="text-right tabular-nums">
                    {formatRupees(c.balancePaise)}
                  </TableCell>
                  <TableCell label="Valid till" pad="wide">
                    {c.validTill ? c.validTill.slice(0, 10) : 'Not set'}
                  </TableCell>
                  <TableCell label="Actions" pad="wide">
                    <div className="flex flex-wrap gap-2">
                      {actions.topUpHref && c.active ? (
                        <Link
                          href={actions.topUpHref(c)}
                          scroll={false}
                          className={buttonClass('primary', undefined, 'tight')}
                          aria-label={`Top up ${c.name}`}
                        >
                          Top up
                        </Link>
                      ) : null}
                      {actions.canPause ? (
                        <PauseDialog clientId={c.clientId} clientName={c.name} active={c.active} />
                      ) : null}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {list.total > list.pageSize || list.page > 1 ? (
          <div className="border-t border-line px-4 pb-4">
            <Pagination
              page={list.page}
              pageSize={list.pageSize}
              total={list.total}
              basePath={paging.basePath}
              params={paging.params}
              param={paging.param}
              label={`${title}: pages`}
              hash={`${id}-heading`}
            />
          </div>
        ) : null}
      </Card>
    </section>
  );
}
