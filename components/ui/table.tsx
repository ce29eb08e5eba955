import Link from 'next/link';
import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { cn } from './cn';

/**
 * The table family (shadcn-style). `Table` wraps the <table> in a region that scrolls
 * sideways only when it must; a scrolling region is keyboard-reachable and labelled
 * (axe `scrollable-region-focusable`), so pass `label`.
 */
export function Table({ label, className, children, ...props }: HTMLAttributes<HTMLTableElement> & { label: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section aria-label={label} tabIndex={0} className="relative w-full overflow-x-auto focus-visible:outline-2">
      <table className={cn('w-full caption-bottom border-collapse text-sm', className)} {...props}>
        {children}
      </table>
    </section>
  );
}

export function TableCaption({ className, ...props }: HTMLAttributes<HTMLTableCaptionElement>) {
  return <caption className={cn('mt-2 text-left text-sm text-fg-muted', className)} {...props} />;
}

export function TableHeader({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cn('border-b border-line text-left', className)} {...props} />;
}

export function TableBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn('divide-y divide-line', className)} {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn('align-top', className)} {...props} />;
}

export function TableHead({ className, scope = 'col', ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope={scope} className={cn('px-3 py-2 font-semibold whitespace-nowrap', className)} {...props} />;
}

export function TableCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn('px-3 py-2', className)} {...props} />;
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
      <td colSpan={colSpan} className="px-3 py-8 text-center text-fg-muted">
        {children}
      </td>
    </tr>
  );
}
