'use client';

import { useEffect } from 'react';
import { toast } from 'sonner';

/** What an action returns, as far as a toast cares (matches ActionResult in lib/action-core). */
type ResultLike = { ok: boolean; message?: string } | null | undefined;

/**
 * Toasts the outcome of a completed action, the same way everywhere: a success with its
 * message. Failures stay inline by default (FormStatus and field errors, next to what needs
 * fixing, announced by role="alert"); pass `errors: true` where a form has no inline place.
 */
export function toastResult(result: ResultLike, opts: { errors?: boolean } = {}): void {
  if (!result?.message) return;
  if (result.ok) toast.success(result.message);
  else if (opts.errors) toast.error(result.message);
}

/**
 * Calls `toastResult` once per new result of `useActionState` (each submission returns a new
 * object, so a repeated identical message toasts again, and a re-render does not).
 */
export function useToastResult(result: ResultLike, opts: { errors?: boolean } = {}): void {
  const errors = opts.errors ?? false;
  useEffect(() => {
    toastResult(result, { errors });
  }, [result, errors]);
}
