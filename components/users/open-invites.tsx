'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { ActionResult } from '@/lib/action-core';

type Invite = { id: string; email: string; role: string; expiresText: string };
type State = ActionResult<{ id: string }> | null;
type Action = (prev: State, fd: FormData) => Promise<ActionResult<{ id: string }>>;

/** Invitations not yet accepted, each withdrawable (the link then stops working). */
export function OpenInvites({ invites, action, clientId }: { invites: Invite[]; action: Action; clientId?: string }) {
  return (
    <Card className="mb-6">
      <h2 className="mb-3 text-lg font-semibold">Open invitations</h2>
      <ul className="divide-y divide-line text-sm">
        {invites.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="break-all">
              {i.email}{' '}
              <span className="text-fg-muted">
                · {i.role} · until {i.expiresText}
              </span>
            </span>
            <Withdraw id={i.id} email={i.email} action={action} clientId={clientId} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

function Withdraw({ id, email, action, clientId }: { id: string; email: string; action: Action; clientId?: string }) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="invite_id" value={id} />
      {clientId ? <input type="hidden" name="client_id" value={clientId} /> : null}
      <Button
        type="submit"
        size="sm"
        variant="ghost"
        disabled={pending}
        aria-label={`Withdraw invitation for ${email}`}
      >
        Withdraw
      </Button>
      {state && !state.ok ? (
        <span role="alert" className="text-danger">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
