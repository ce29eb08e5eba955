'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { leaveActingAs } from '@/lib/acting-as/actions';

type State = Awaited<ReturnType<typeof leaveActingAs>> | null;

export function LeaveActingButton() {
  const [state, formAction, pending] = useActionState<State, FormData>(leaveActingAs, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {pending ? 'Leaving…' : 'Leave workspace'}
      </Button>
      {state && !state.ok ? (
        <span role="alert" className="text-sm">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
