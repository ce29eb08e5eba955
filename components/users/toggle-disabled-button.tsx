'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/action-core';

type Result = ActionResult<{ email: string; disabled: boolean }>;
type State = Result | null;

/** Disable or enable one user; `clientId` scopes client-user actions to that client. */
export function ToggleDisabledButton({
  userId,
  email,
  disabled,
  action,
  clientId,
}: {
  userId: string;
  email: string;
  disabled: boolean;
  action: (prev: State, fd: FormData) => Promise<Result>;
  clientId?: string;
}) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="user_id" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      {clientId ? <input type="hidden" name="client_id" value={clientId} /> : null}
      <Button
        type="submit"
        size="sm"
        variant={disabled ? 'secondary' : 'danger'}
        disabled={pending}
        aria-label={`${disabled ? 'Enable' : 'Disable'} ${email}`}
      >
        {disabled ? 'Enable' : 'Disable'}
      </Button>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-danger">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
