'use client';

import type { CSSProperties } from 'react';
import { Toaster as Sonner } from 'sonner';

// sonner's own colours follow our theme variables, so dark mode (a class on <html>, not only
// the media query) and the brand's contrast rules apply to toasts too.
const THEMED = {
  '--normal-bg': 'var(--surface)',
  '--normal-text': 'var(--text)',
  '--normal-border': 'var(--border)',
  '--success-bg': 'var(--surface)',
  '--success-text': 'var(--success)',
  '--success-border': 'var(--success)',
  '--error-bg': 'var(--surface)',
  '--error-text': 'var(--danger)',
  '--error-border': 'var(--danger)',
} as CSSProperties;

/**
 * The one toast region of a shell (console and end-client account). sonner renders a polite
 * live region labelled "Notifications" (Alt+T focuses it), keeps a toast while hovered or
 * focused, and turns its animations off under prefers-reduced-motion.
 */
export function Toaster() {
  return (
    <Sonner
      position="bottom-right"
      closeButton
      richColors={false}
      duration={6000}
      containerAriaLabel="Notifications"
      style={THEMED}
      toastOptions={{ classNames: { toast: 'border', title: 'text-sm font-medium' } }}
    />
  );
}
