'use client';

import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useProgressWhile } from '@/components/ui/progress';
import { useToastResult } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/action-core';

type State = ActionResult<{ clientId: string; active: boolean }> | null;

/**
 * Changing a client's status (update_status) with a confirmation that asks why: the client's
 * page (Activate / Deactivate) and the billing overview (Pause / Reactivate) both use it. The
 * reason is required and kept in the audit log. A native modal <dialog> keeps focus inside
 * while open, closes on Escape and gives focus back to the button that opened it. The dialog
 * exists only while open, so a list of many rows ships one button per row, not one form.
 */
export function StatusChangeDialog({
  action,
  clientId,
  clientName,
  active,
  verb,
  consequence,
  trigger,
}: {
  action: (state: State, form: FormData) => Promise<State>;
  clientId: string;
  clientName: string;
  active: boolean;
  /** "Deactivate", "Pause", … : the title says "<verb> <client>?", the submit "<verb> client". */
  verb: string;
  /** What the change means for the client, in one sentence. */
  consequence: string;
  trigger: { label: string; ariaLabel?: string; className: string };
}) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, null);
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors?.reason : undefined;

  useEffect(() => {
    if (state?.ok) dialog.current?.close();
  }, [state]);
  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);
  // The dialog closes on success, so the outcome is a toast (field errors stay in the dialog).
  useToastResult(state);
  useProgressWhile(pending);

  return (
    <>
      <button
        ref={opener}
        type="button"
        className={trigger.className}
        onClick={() => (open ? dialog.current?.showModal() : setOpen(true))}
        aria-haspopup="dialog"
        aria-label={trigger.ariaLabel}
      >
        {trigger.label}
      </button>
      {open ? (
        <dialog
          ref={dialog}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
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
            <p id={`${id}-desc`} className="text-sm text-fg-muted">
              {consequence} The reason is kept in the audit log.
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
