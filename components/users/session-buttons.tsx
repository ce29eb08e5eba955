'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { signOutUserEverywhere } from '@/lib/users/actions';
import { revokeMySession, signOutEverywhere } from '@/lib/users/session-actions';

type Result = { ok: boolean; message?: string } | null;

function Failure({ state }: { state: Result }) {
  return state && !state.ok ? (
    <span role="alert" className="text-sm text-danger">
      {state.message}
    </span>
  ) : null;
}

export function RevokeSessionButton({ sid, label }: { sid: string; label: string }) {
  const [state, formAction, pending] = useActionState<Result, FormData>(revokeMySession, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="sid" value={sid} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={label}>
        Sign out
      </Button>
      <Failure state={state} />
    </form>
  );
}

export function SignOutEverywhereButton() {
  const [state, formAction, pending] = useActionState<Result, FormData>(signOutEverywhere, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? 'Signing out…' : 'Sign out everywhere'}
      </Button>
      <Failure state={state} />
    </form>
  );
}

/** On Settings → Users: end every session of someone else. */
export function SignOutUserButton({ userId, email }: { userId: string; email: string }) {
  const [state, formAction, pending] = useActionState<Result, FormData>(signOutUserEverywhere, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="user_id" value={userId} />
      <Button
        type="submit"
        size="sm"
        variant="secondary"
        disabled={pending}
        // The visible words first: a voice-control user says what they see (axe label-content-name-mismatch).
        aria-label={`Sign out everywhere: ${email}`}
      >
        Sign out everywhere
      </Button>
      {state?.ok ? (
        <span aria-live="polite" className="text-sm text-success">
          Done
        </span>
      ) : (
        <Failure state={state} />
      )}
    </form>
  );
}
