import Link from 'next/link';
import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { cn } from './cn';

/**
 * The table family (shadcn-style). `Table` wraps the <table> in a region that scrolls
 * sideways only when it must; a scrolling region is keyboard-reachable and labelled
 * (axe `scrollable-region-focusable`), so pass `label`. The table itself carries the same
 * name: a screen reader's table list (and `getByRole('table', { name })`) reads the table,
 * not the region around it.
 *
 * `stack`: under 640 px each row becomes a card and each cell shows its column name from
 * `TableCell label` (CSS in app/globals.css, `.table-stack`), so phones never scroll
 * sideways and a row's actions stay on screen. The header row stays for screen readers.
 */
export function Table({
  label,
  stack = false,
  className,
  children,
  ...props
}: HTMLAttributes<HTMLTableElement> & { label: string; stack?: boolean }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section aria-label={label} tabIndex={0} className="relative w-full overflow-x-auto focus-visible:outline-2">
      <table
        aria-label={label}
        className={cn('w-full caption-bottom border-collapse text-left text-sm', stack && 'table-stack', className)}
        {...props}
      >
        {children}
      </table>
    </section>
  );
}

/** `visuallyHidden`: the caption names the table for screen readers only. */
export function TableCaption({
  className,
  visuallyHidden = false,
  ...props
}: HTMLAttributes<HTMLTableCaptionElement> & { visuallyHidden?: boolean }) {
  return (
    <caption
      className={cn(visuallyHidden ? 'sr-only' : 'mt-2 text-left text-sm text-fg-muted', className)}
      {...props}
    />
  );
}

/*
 * Cell padding and header weight are props, not className overrides: `cn` does not resolve
 * conflicting Tailwind classes (lib/ui/class-overrides.test.ts keeps it that way).
 * `wide` lines cells up with a flush Card's edge (px-4); `tight` suits narrow figure tables.
 */
const PAD = { tight: 'px-2', normal: 'px-3', wide: 'px-4' } as const;
type Pad = keyof typeof PAD;
const WEIGHT = { normal: 'font-normal', medium: 'font-medium', semibold: 'font-semibold' } as const;
type Weight = keyof typeof WEIGHT;

export function TableHeader({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cn('border-b border-line text-left', className)} {...props} />;
}

export function TableBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn('divide-y divide-line', className)} {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn('align-top', className)} {...props} />;
}

export function TableHead({
  className,
  scope = 'col',
  pad = 'normal',
  weight = 'semibold',
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & { pad?: Pad; weight?: Weight }) {
  return <th scope={scope} className={cn(PAD[pad], 'py-2 whitespace-nowrap', WEIGHT[weight], className)} {...props} />;
}

/** `label`: the column name shown above the value when a `stack` table is stacked on phones. */
export function TableCell({
  className,
  label,
  pad = 'normal',
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & { label?: string; pad?: Pad }) {
  return <td data-label={label} className={cn(PAD[pad], 'py-2', className)} {...props} />;
}

/** A row's header cell (the thing the row is about); in a stacked table it is the card's title. */
export function TableRowHead({
  className,
  pad = 'normal',
  weight = 'medium',
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & { pad?: Pad; weight?: Weight }) {
  return <th scope="row" className={cn(PAD[pad], 'py-2 text-left', WEIGHT[weight], className)} {...props} />;
}

/**
 * A column header that sorts through the URL (server-side sorting): links to `href(dir)`
 * and announces the current order with aria-sort.
 */
export function SortableHead({
  label,
  active,
  direction,
  href,
  className,
}: {
  label: ReactNode;
  active: boolean;
  direction: 'asc' | 'desc';
  /** The URL that sorts by this column in the given direction. */
  href: (direction: 'asc' | 'desc') => string;
  className?: string;
}) {
  const next = active && direction === 'asc' ? 'desc' : 'asc';
  return (
    <th
      scope="col"
      aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={cn('px-3 py-2 font-semibold whitespace-nowrap', className)}
    >
      <Link href={href(next)} className="inline-flex items-center gap-1 underline-offset-2 hover:underline">
        {label}
        <span aria-hidden="true">{active ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
      </Link>
    </th>
  );
}

/** One full-width row that says the list is empty and, where useful, what to do next. */
export function TableEmpty({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} data-empty="" className="px-3 py-8 text-center text-fg-muted">
        {children}
      </td>
    </tr>
  );
}
