import type { HTMLAttributes } from 'react';
import { cn } from './cn';

/**
 * `relative` so that visually hidden (sr-only, absolutely positioned) text inside a scrolling
 * table is clipped by the card; otherwise it widens the whole page on phones.
 */
export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('relative rounded-lg border border-line bg-surface p-4 sm:p-6', className)} {...props} />;
}
