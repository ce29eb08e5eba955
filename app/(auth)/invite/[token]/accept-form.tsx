'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { NewPasswordFields } from '@/components/users/new-password-fields';
import { acceptUserLink } from './actions';

type State = Awaited<ReturnType<typeof acceptUserLink>> | null;

export function AcceptForm({ token, askName, email }: { token: string; askName: boolean; email: string }) {
  const [state, formAction, pending] = useActionState<State, FormData>(acceptUserLink, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form
      action={formAction}
      className="space-y-4"
      aria-label={askName ? 'Accept invitation' : 'New password'}
      noValidate
    >
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account this password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      {askName ? (
        <TextField
          name="name"
          label="Your name"
          autoComplete="name"
          defaultValue={failed?.values?.name}
          errors={failed?.fieldErrors?.name}
          required
        />
      ) : null}
      <NewPasswordFields errors={failed?.fieldErrors} />
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Saving…' : askName ? 'Create my account' : 'Save password'}
      </Button>
    </form>
  );
}
