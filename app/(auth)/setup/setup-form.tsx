'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { createFirstOwner, type SetupState } from './actions';

export function SetupForm() {
  const [state, formAction, pending] = useActionState<SetupState, FormData>(createFirstOwner, null);
  const v = state?.values;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <TextField
        name="name"
        label="Your name"
        autoComplete="name"
        defaultValue={v?.name}
        key={`n-${v?.name}`}
        errors={state?.fieldErrors?.name}
        required
      />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        defaultValue={v?.email}
        key={`e-${v?.email}`}
        errors={state?.fieldErrors?.email}
        required
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters."
        errors={state?.fieldErrors?.password}
        required
      />
      <TextField
        name="confirm"
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        errors={state?.fieldErrors?.confirm}
        required
      />
      <FormStatus state={state?.message ? { ok: false, message: state.message } : null} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Creating…' : 'Create owner account'}
      </Button>
    </form>
  );
}
