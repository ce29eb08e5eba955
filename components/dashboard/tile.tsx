import Link from 'next/link';
import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

/** One figure that links to the list it counts. */
export function Tile({
  label,
  value,
  href,
  detail,
  tone = 'neutral',
}: {
  label: string;
  value: ReactNode;
  href: string;
  detail?: ReactNode;
  tone?: 'neutral' | 'warning';
}) {
  return (
    <li>
      <Link
        href={href}
        className={cn(
          'block h-full rounded-lg border bg-surface p-4 hover:bg-surface-muted focus-visible:outline-2',
          tone === 'warning' ? 'border-amber-600 dark:border-amber-400' : 'border-line',
        )}
      >
        <span className="block text-2xl font-semibold tabular-nums">{value}</span>
        <span className="mt-1 block text-sm font-medium">{label}</span>
        {detail ? <span className="mt-1 block text-xs text-fg-muted">{detail}</span> : null}
      </Link>
    </li>
  );
}

/** A tile whose source failed: greyed, saying what is missing; the rest of the page carries on. */
export function TileUnavailable({ label, message }: { label: string; message: string }) {
  return (
    <li>
      <div
        role="status"
        aria-label={`${label}: unavailable`}
        className="h-full rounded-lg border border-dashed border-line bg-surface-muted p-4 text-fg-muted"
      >
        <span className="block text-2xl font-semibold">—</span>
        <span className="mt-1 block text-sm font-medium">{label}</span>
        <span className="mt-1 block text-xs">{message}</span>
      </div>
    </li>
  );
}

/** Placeholder while a tile's reads are in flight. */
export function TileSkeleton({ count = 1, label }: { count?: number; label: string }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <li key={i} aria-hidden={i > 0 ? true : undefined}>
          <div className="h-full min-h-24 animate-pulse rounded-lg border border-line bg-surface-muted p-4">
            {i === 0 ? <span className="sr-only">Loading {label}…</span> : null}
          </div>
        </li>
      ))}
    </>
  );
}

export function TileGrid({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section aria-label={label} className="mb-6">
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-fg-muted">{label}</h2>
      <ul className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-4">{children}</ul>
    </section>
  );
}
