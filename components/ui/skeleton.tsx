import type { ReactNode } from 'react';
import { cn } from './cn';
import { ProgressWhileMounted } from './progress';

/** A grey placeholder block; it pulses unless the person asked for reduced motion. */
export function Skeleton({ className }: { className?: string }) {
  return <div className={cn('animate-pulse rounded-md bg-line/60 motion-reduce:animate-none', className)} />;
}

type Variant = 'table' | 'cards' | 'form' | 'detail';

/**
 * What an area shows while its page is on its way (`loading.tsx`): the page's rough shape,
 * one status line for screen readers, and the top progress bar kept up until the page is
 * here. No heading: the real page brings its own, so nothing waits on a heading that is only
 * a placeholder.
 */
export function PageSkeleton({ label, variant = 'table' }: { label: string; variant?: Variant }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="space-y-6">
      <ProgressWhileMounted />
      <span className="sr-only">Loading {label}…</span>
      <div aria-hidden="true" className="space-y-2">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-4 w-full max-w-md" />
      </div>
      <div aria-hidden="true">{BODIES[variant]}</div>
    </div>
  );
}

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => (
    <div key={i} className="flex gap-4 border-b border-line px-4 py-3 last:border-0">
      <Skeleton className="h-4 w-1/3" />
      <Skeleton className="hidden h-4 w-1/4 sm:block" />
      <Skeleton className="h-4 w-1/6" />
    </div>
  ));

const BODIES: Record<Variant, ReactNode> = {
  table: (
    <div className="space-y-4">
      <Skeleton className="h-20 w-full" />
      <div className="rounded-lg border border-line bg-surface">{rows(8)}</div>
    </div>
  ),
  cards: (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {['a', 'b', 'c', 'd'].map((k) => (
        <div key={k} className="space-y-3 rounded-lg border border-line bg-surface p-4">
          <Skeleton className="h-4 w-24" />
          <Skeleton className="h-8 w-32" />
        </div>
      ))}
      <div className="rounded-lg border border-line bg-surface sm:col-span-2 lg:col-span-4">{rows(5)}</div>
    </div>
  ),
  form: (
    <div className="max-w-xl space-y-4 rounded-lg border border-line bg-surface p-4 sm:p-6">
      {['a', 'b', 'c'].map((k) => (
        <div key={k} className="space-y-2">
          <Skeleton className="h-4 w-28" />
          <Skeleton className="h-10 w-full" />
        </div>
      ))}
      <Skeleton className="h-10 w-32" />
    </div>
  ),
  detail: (
    <div className="space-y-4">
      <Skeleton className="h-9 w-full max-w-2xl" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Skeleton className="h-40 w-full" />
        <Skeleton className="h-40 w-full" />
      </div>
    </div>
  ),
};
