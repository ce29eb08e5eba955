'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { ActionResult } from '@/lib/action-core';

const RECHECK_MS = 3000;

type Attempt = { state: 'succeeded' | 'pending' };
type Action<T> = (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * The client half of an exactly-once confirmation (buy a number, add credits). The form
 * carries an idempotency key; while the server says the outcome is still unknown, the same
 * form is sent again every few seconds so the server reconciles it. A repeat of the same key
 * never starts a second purchase or credit, only asks how the first one ended.
 */
export function useExactlyOnce<T extends Attempt>(action: Action<T>) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, sending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const pending = !!state?.ok && state.data.state === 'pending';
  const done = !!state?.ok && state.data.state === 'succeeded';
  const failed = state && !state.ok ? state : null;

  useEffect(() => {
    if (!pending || sending) return;
    const t = setTimeout(() => formRef.current?.requestSubmit(), RECHECK_MS);
    return () => clearTimeout(t);
  }, [pending, sending]);

  return { state, formAction, formRef, sending, pending, done, failed, message: state?.message };
}

/** The polite live region that reports a pending or finished attempt. */
export function AttemptStatus({ pending, done, message }: { pending: boolean; done: boolean; message?: string }) {
  return (
    <div aria-live="polite" className="text-sm">
      {pending ? (
        <p className="rounded-md border border-amber-700 px-3 py-2 dark:border-amber-400">
          <strong>Pending.</strong> {message} Checking again automatically…
        </p>
      ) : null}
      {done ? <p className="rounded-md border border-success px-3 py-2 text-success">{message}</p> : null}
    </div>
  );
}
