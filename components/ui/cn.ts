import { type ClassValue, clsx } from 'clsx';

/**
 * Joins class names (clsx). It does NOT resolve conflicting Tailwind classes (tailwind-merge
 * did, at 8.7 KB gzip in every page's first load): a primitive offers a variant or prop for
 * each look a caller needs, and a caller's className only adds classes that do not fight the
 * primitive's own. lib/ui/class-overrides.test.ts fails on a call site that overrides.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
