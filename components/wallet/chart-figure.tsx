import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatRupees } from '@/lib/money';
import { SpendBars } from './spend-bars';

/**
 * A chart as a figure: the caption says the number that matters, and "Table view" holds the
 * same figures as a table (a native disclosure, so it works before scripts load).
 */
export function ChartFigure({
  title,
  caption,
  rows,
  keyHeader,
  layout,
  extra,
}: {
  title: string;
  caption: string;
  rows: { key: string; label: string; paise: number }[];
  keyHeader: string;
  layout?: 'columns' | 'rows';
  extra?: ReactNode;
}) {
  return (
    <Card className="min-w-0">
      <figure className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="text-base font-semibold">{title}</h3>
          {extra}
        </div>
        <figcaption className="text-sm">{caption}</figcaption>
        {rows.length ? <SpendBars bars={rows} layout={layout} /> : null}
        <details>
          <summary className="cursor-pointer text-sm underline underline-offset-2">Table view: {title}</summary>
          <Table label={title} className="mt-2">
            <TableHeader>
              <TableRow>
                <TableHead pad="tight">{keyHeader}</TableHead>
                <TableHead pad="tight" className="text-right">
                  Spend
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.length ? (
                rows.map((r) => (
                  <TableRow key={r.key}>
                    <TableCell pad="tight">{r.label}</TableCell>
                    <TableCell pad="tight" className="text-right tabular-nums">
                      {formatRupees(r.paise)}
                    </TableCell>
                  </TableRow>
                ))
              ) : (
                <TableRow>
                  <TableCell pad="tight" colSpan={2}>
                    No spend in this period.
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </details>
      </figure>
    </Card>
  );
}
