import { cva, type VariantProps } from 'class-variance-authority';
import type { HTMLAttributes } from 'react';
import { cn } from './cn';

/*
 * Padding and border tone are variants, not className overrides: `cn` does not resolve
 * conflicting Tailwind classes (lib/ui/class-overrides.test.ts keeps it that way).
 * `flush`: no padding, for a card that holds a table edge to edge.
 */
const cardVariants = cva('relative rounded-lg border bg-surface', {
  variants: {
    flush: { false: 'p-4 sm:p-6', true: 'p-0' },
    tone: { neutral: 'border-line', warning: 'border-amber-700' },
  },
  defaultVariants: { flush: false, tone: 'neutral' },
});

/**
 * `relative` so that visually hidden (sr-only, absolutely positioned) text inside a scrolling
 * table is clipped by the card; otherwise it widens the whole page on phones.
 */
export function Card({
  className,
  flush,
  tone,
  ...props
}: HTMLAttributes<HTMLDivElement> & VariantProps<typeof cardVariants>) {
  return <div className={cn(cardVariants({ flush, tone }), className)} {...props} />;
}
