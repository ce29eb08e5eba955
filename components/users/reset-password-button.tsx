'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/action-core';
import { resetUserPassword } from '@/lib/users/actions';
import { OneTimeLink } from './one-time-link';

type State = ActionResult<{ email: string; url: string; expiresAt: string }> | null;

/** Resets a password: the old one stops working, a one-time link (shown once, mailed) sets a new one. */
export function ResetPasswordButton({ userId, email }: { userId: string; email: string }) {
  const [state, formAction, pending] = useActionState<State, FormData>(resetUserPassword, null);
  return (
    <div className="space-y-2">
      <form action={formAction}>
        <input type="hidden" name="user_id" value={userId} />
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          disabled={pending}
          aria-label={`Reset password of ${email}`}
        >
          Reset password
        </Button>
      </form>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-danger">
          {state.message}
        </p>
      ) : null}
      {state?.ok ? <OneTimeLink url={state.data.url} label={`Password link for ${email}`} /> : null}
    </div>
  );
}
