'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import { changeMyPassword } from '@/lib/users/session-actions';
import { NewPasswordFields } from './new-password-fields';

type State = ActionResult<{ ok: boolean }> | null;

/**
 * Your own password: current, new, repeated. Success signs you out everywhere (the action
 * redirects to sign-in); passwords are never echoed back into the form after an error.
 */
export function ChangePasswordForm() {
  const [state, formAction, pending] = useActionState<State, FormData>(changeMyPassword, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="grid gap-4 sm:max-w-md" aria-label="Change your password" noValidate>
      <TextField
        name="current_password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        errors={failed?.fieldErrors?.current_password}
        required
      />
      <NewPasswordFields errors={failed?.fieldErrors} repeatLabel="Repeat the new password" />
      <FormStatus state={state} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Changing…' : 'Change password'}
        </Button>
      </div>
    </form>
  );
}
