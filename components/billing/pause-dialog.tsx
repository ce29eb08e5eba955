'use client';

import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useProgressWhile } from '@/components/ui/progress';
import { useToastResult } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/action-core';
import { setBillingClientStatus } from '@/lib/billing/actions';

type State = ActionResult<{ clientId: string; active: boolean }> | null;

/**
 * Pause (update_status 0) or reactivate a client from the billing overview. A reason is
 * required and kept in the audit log; a native modal <dialog> traps focus and gives it back.
 */
export function PauseDialog({
  clientId,
  clientName,
  active,
}: {
  clientId: string;
  clientName: string;
  active: boolean;
}) {
  const [state, formAction, pending] = useActionState<State, FormData>(setBillingClientStatus, null);
  // The dialog exists only while open: a list of many rows then ships one button per row, not
  // one form per row (the billing overview's HTML stays small however many clients qualify).
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();
  const verb = active ? 'Pause' : 'Reactivate';
  const errors = state && !state.ok ? state.fieldErrors?.reason : undefined;

  useEffect(() => {
    if (state?.ok) dialog.current?.close();
  }, [state]);
  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);
  useToastResult(state);
  useProgressWhile(pending);

  return (
    <>
      <button
        ref={opener}
        type="button"
        className={buttonClass(active ? 'secondary' : 'primary', undefined, 'tight')}
        onClick={() => (open ? dialog.current?.showModal() : setOpen(true))}
        aria-haspopup="dialog"
        aria-label={`${verb} ${clientName}`}
      >
        {verb}
      </button>
      {open ? (
        <dialog
          ref={dialog}
          aria-labelledby={`${id}-title`}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
          className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-fg backdrop:bg-black/50"
        >
          <form action={formAction} noValidate className="space-y-4 p-4 sm:p-6" aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              {verb} {clientName}?
            </h2>
            <p className="text-sm text-fg-muted">
              {active
                ? 'A paused client cannot use its numbers or change its setup until it is reactivated.'
                : 'The client can use its numbers and make changes again.'}{' '}
              The reason is kept in the audit log.
            </p>
            <input type="hidden" name="client_id" value={clientId} />
            <input type="hidden" name="status" value={active ? 'inactive' : 'active'} />
            <TextareaField
              id={`${id}-reason`}
              name="reason"
              label="Reason"
              hint="5 to 200 characters."
              errors={errors}
              autoFocus
              required
              minLength={5}
              maxLength={200}
              rows={3}
              key={state && !state.ok ? `r-${state.values?.reason ?? ''}` : 'r'}
              defaultValue={state && !state.ok ? (state.values?.reason ?? '') : ''}
            />
            <FormStatus state={state && !state.ok ? state : null} />
            <div className="flex flex-wrap justify-end gap-2">
              <Button variant="secondary" onClick={() => dialog.current?.close()}>
                Cancel
              </Button>
              <Button type="submit" variant={active ? 'danger' : 'primary'} disabled={pending}>
                {pending ? 'Saving…' : `${verb} client`}
              </Button>
            </div>
          </form>
        </dialog>
      ) : null}
    </>
  );
}
