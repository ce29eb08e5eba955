'use client';

import { type ReactNode, useId, useState } from 'react';
import { cn } from './cn';

/**
 * Filters behind one "Filters (n)" button on phones (under 640 px); from 640 px the panel is
 * always shown and the button hidden. The controls stay in the form while collapsed, so a
 * submitted form keeps every filter. `count` is the number of filters not at their default.
 */
export function FilterDisclosure({
  count,
  className,
  children,
}: {
  count: number;
  /** Layout of the panel (grid columns); it is always a grid from 640 px. */
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex min-h-10 items-center gap-2 self-start rounded-md border border-line bg-surface px-4 py-2 text-sm font-medium sm:hidden"
      >
        Filters{' '}
        {count > 0 ? (
          <span className="rounded-full bg-brand px-2 text-xs text-brand-contrast">
            {count}
            <span className="sr-only"> active</span>
          </span>
        ) : null}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={id} className={cn(open ? 'grid' : 'hidden', 'gap-3 sm:grid', className)}>
        {children}
      </div>
    </>
  );
}
