'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { signInWithPassword } from './actions';

type State = Awaited<ReturnType<typeof signInWithPassword>> | null;

export function SignInForm({ next }: { next?: string }) {
  const [state, formAction, pending] = useActionState<State, FormData>(signInWithPassword, null);
  const failed = state && !state.ok ? state : null;
  const email = failed?.values?.email ?? '';
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? ''} />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        defaultValue={email}
        key={`email-${email}`}
        errors={failed?.fieldErrors?.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={failed?.fieldErrors?.password}
      />
      <FormStatus state={failed && !failed.fieldErrors ? { ok: false, message: failed.message } : null} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
