import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
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
import { formatRupees } from '@/lib/money';
import type { NumberOffer } from '@/lib/numbers/queries';
import { HighlightedNumber, PatternBadges } from './highlighted-number';

export type ResultsPage = {
  /** This page's offers, already sorted. */
  offers: NumberOffer[];
  /** How many offers the whole search found. */
  total: number;
  /** Memorable numbers in the whole search. */
  memorable: number;
  page: number;
  pageSize: number;
  /** The provider returned as many as it ever does: there may be more it did not list. */
  capped: boolean;
  sort: 'price' | '-price' | null;
};

/**
 * One page of search results beside the client's balance. Numbers whose setup cost is over the
 * balance are greyed and offer "Add credits" instead of "Buy"; when the client may not buy at
 * all (inactive, or the user's role) the page says why above the table and no row offers Buy.
 */
export function NumberResults({
  results,
  balancePaise,
  buyHref,
  addCreditsHref,
  basePath,
  params,
}: {
  results: ResultsPage;
  balancePaise: number;
  /** Where "Buy" goes for a number, or null when buying is not possible (reason shown elsewhere). */
  buyHref: ((number: string) => string) | null;
  addCreditsHref: string;
  basePath: string;
  /** The search's URL parameters, kept by the sort and paging links. */
  params: Record<string, string | undefined>;
}) {
  const { offers, total, memorable } = results;
  if (total === 0) {
    return (
      <Card>
        <p>No available numbers match this search. Try fewer digits, another match, or all regions.</p>
      </Card>
    );
  }
  const sortHref = (dir: 'asc' | 'desc') => {
    const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v) as [string, string][]);
    q.set('sort', dir === 'asc' ? 'price' : '-price');
    q.delete('page');
    return `${basePath}?${q.toString()}`;
  };
  const affordable = offers.filter((o) => o.setupPaise <= balancePaise).length;
  return (
    <Card flush>
      <div className="flex flex-wrap items-baseline justify-between gap-2 px-4 pt-3">
        <p className="text-sm text-fg-muted">
          {total} available number{total === 1 ? '' : 's'}
          {memorable ? `, ${memorable} easy to remember (highlighted)` : ''}.
        </p>
        <p className="text-sm" data-testid="client-balance">
          Client&apos;s balance: <span className="font-semibold tabular-nums">{formatRupees(balancePaise)}</span>
          {affordable < offers.length ? (
            <span className="text-fg-muted"> · greyed numbers cost more to set up than the balance</span>
          ) : null}
        </p>
      </div>
      <Table label="Available numbers" stack>
        <TableCaption visuallyHidden>Available numbers, page {results.page}, with setup and monthly cost</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Number</TableHead>
            <TableHead>Region</TableHead>
            <SortableHead
              label="Setup"
              className="text-right"
              active={results.sort !== null}
              direction={results.sort === '-price' ? 'desc' : 'asc'}
              href={sortHref}
            />
            <TableHead className="text-right">Monthly</TableHead>
            <TableHead>Pattern</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {offers.map((o) => {
            const short = o.setupPaise > balancePaise;
            // Greyed with a muted background, not opacity: the text keeps its contrast (axe).
            return (
              <TableRow
                key={o.number}
                data-affordable={short ? 'false' : 'true'}
                className={short ? 'bg-surface-muted' : ''}
              >
                <TableRowHead weight="normal">
                  <HighlightedNumber countryCode={o.countryCode} national={o.national} patterns={o.patterns} />
                </TableRowHead>
                <TableCell label="Region">{o.region ?? '—'}</TableCell>
                <TableCell label="Setup" className="text-right tabular-nums">
                  {formatRupees(o.setupPaise)}
                </TableCell>
                <TableCell label="Monthly" className="text-right tabular-nums">
                  {formatRupees(o.monthlyPaise)}
                </TableCell>
                <TableCell label="Pattern">
                  <PatternBadges patterns={o.patterns} />
                </TableCell>
                <TableCell className="text-right">
                  {!buyHref ? null : short ? (
                    <span className="text-sm">
                      Balance too low ·{' '}
                      <Link href={addCreditsHref} className="underline underline-offset-2">
                        Add credits
                      </Link>
                    </span>
                  ) : (
                    <Link
                      href={buyHref(o.number)}
                      scroll={false}
                      className="inline-block rounded-md border border-line px-3 py-1.5 font-medium hover:bg-surface-muted"
                      aria-label={`Buy ${o.number}`}
                    >
                      Buy
                    </Link>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <div className="px-4 pb-3">
        <Pagination page={results.page} pageSize={results.pageSize} total={total} basePath={basePath} params={params} />
        {results.capped ? (
          <p className="mt-2 text-sm text-fg-muted">
            The provider lists at most {total} numbers for one search: add digits or choose a region to see others.
          </p>
        ) : null}
      </div>
    </Card>
  );
}
