'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/action-core';
import { changeUserDisabled } from '@/lib/users/actions';

type State = ActionResult<{ email: string; disabled: boolean }> | null;

export function ToggleDisabledButton({
  userId,
  email,
  disabled,
}: {
  userId: string;
  email: string;
  disabled: boolean;
}) {
  const [state, formAction, pending] = useActionState<State, FormData>(changeUserDisabled, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="user_id" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <Button
        type="submit"
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
