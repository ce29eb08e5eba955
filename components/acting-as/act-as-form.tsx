'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { startActingAs } from '@/lib/acting-as/actions';

type State = Awaited<ReturnType<typeof startActingAs>> | null;

/** Opens the client's workspace as the client; the reason is required and audited. */
export function ActAsForm({ clientId }: { clientId: string }) {
  const [state, formAction, pending] = useActionState<State, FormData>(startActingAs, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="space-y-3" aria-label="Open workspace as this client" noValidate>
      <input type="hidden" name="client_id" value={clientId} />
      <div className="space-y-1">
        <label htmlFor="act-as-reason" className="block text-sm font-medium">
          Reason (kept in the audit log)
        </label>
        <textarea
          id="act-as-reason"
          name="reason"
          rows={2}
          required
          defaultValue={failed?.values?.reason}
          aria-invalid={failed?.fieldErrors?.reason ? true : undefined}
          aria-describedby={failed?.fieldErrors?.reason ? 'act-as-reason-error' : undefined}
          className="block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm aria-[invalid=true]:border-danger"
        />
        {failed?.fieldErrors?.reason ? (
          <p id="act-as-reason-error" className="text-sm text-danger">
            {failed.fieldErrors.reason.join(' ')}
          </p>
        ) : null}
      </div>
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Opening…' : 'Open workspace as this client'}
      </Button>
    </form>
  );
}
