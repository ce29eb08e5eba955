import { cva, type VariantProps } from 'class-variance-authority';
import type { ButtonHTMLAttributes } from 'react';
import { cn } from './cn';

export const buttonVariants = cva(
  'inline-flex items-center justify-center gap-2 rounded-md font-medium disabled:cursor-not-allowed disabled:opacity-60',
  {
    variants: {
      variant: {
        primary: 'bg-brand text-brand-contrast hover:opacity-90',
        secondary: 'border border-line bg-surface text-fg hover:bg-surface-muted',
        danger: 'bg-danger text-white hover:opacity-90 dark:text-black',
        ghost: 'text-fg hover:bg-surface-muted',
      },
      size: {
        md: 'min-h-10 px-4 py-2 text-sm',
        sm: 'min-h-8 px-3 py-1 text-sm',
        /** Row actions in a table: a little lower than md. */
        compact: 'min-h-9 px-3 py-1.5 text-sm',
        /** md's height with little padding, for short labels packed in a row (billing, sessions). */
        tight: 'min-h-10 px-2 py-1 text-sm',
      },
    },
    defaultVariants: { variant: 'primary', size: 'md' },
  },
);

export type ButtonVariant = NonNullable<VariantProps<typeof buttonVariants>['variant']>;
export type ButtonSize = NonNullable<VariantProps<typeof buttonVariants>['size']>;

/**
 * Classes of a button, for links and labels that look like one. `extra` may only add classes
 * (layout, margins), never restyle the button: `cn` does not merge conflicting classes.
 */
export function buttonClass(variant: ButtonVariant = 'primary', extra?: string, size?: ButtonSize) {
  return cn(buttonVariants({ variant, size }), extra);
}

export function Button({
  variant,
  size,
  className,
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & VariantProps<typeof buttonVariants>) {
  return <button type={type} className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
