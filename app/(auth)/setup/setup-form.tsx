'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { createFirstOwner } from './actions';

type State = Awaited<ReturnType<typeof createFirstOwner>> | null;

export function SetupForm() {
  const [result, formAction, pending] = useActionState<State, FormData>(createFirstOwner, null);
  const state = result && !result.ok ? result : null;
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
      <FormStatus state={state && !state.fieldErrors ? { ok: false, message: state.message } : null} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Creating…' : 'Create owner account'}
      </Button>
    </form>
  );
}
