'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import { removeNumber } from '@/lib/numbers/actions';

type State = ActionResult<{ number: string }> | null;

/** What stops working when the number goes, shown before anyone confirms removing it. */
export type Dependents = {
  flowId: string | null;
  agentExt: string | null;
  agentName: string | null;
  callerIdOf: string[];
};

export function RemoveNumber({
  clientId,
  number,
  dependents,
}: {
  clientId: string;
  number: string;
  dependents: Dependents;
}) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const [state, formAction, pending] = useActionState<State, FormData>(async (prev, fd) => {
    const r = await removeNumber(prev, fd);
    if (r.ok) {
      setOpen(false);
      router.refresh();
    }
    return r;
  }, null);
  const nothing = !dependents.flowId && !dependents.agentExt && dependents.callerIdOf.length === 0;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} aria-label={`Remove ${number}`}>
        Remove
      </Button>
      {open ? (
        <Dialog title={`Remove ${number}?`} onClose={() => setOpen(false)}>
          <div className="space-y-2 text-sm">
            {nothing ? (
              <p>Nothing in the portal depends on this number: no call flow, routed agent or caller id uses it.</p>
            ) : (
              <>
                <p className="font-medium">These depend on this number and will stop working with it:</p>
                <ul className="list-disc space-y-1 pl-5">
                  {dependents.flowId ? <li>Call flow #{dependents.flowId} answers calls to it.</li> : null}
                  {dependents.agentExt ? (
                    <li>
                      Calls are routed to agent {dependents.agentName ?? ''} (extension {dependents.agentExt}).
                    </li>
                  ) : null}
                  {dependents.callerIdOf.length ? (
                    <li>Used as caller id by: {dependents.callerIdOf.join(', ')}.</li>
                  ) : null}
                </ul>
              </>
            )}
            <p>The number goes back to the provider; another customer may take it. This cannot be undone.</p>
          </div>
          <form action={formAction} aria-label={`Confirm removing ${number}`} className="mt-4 space-y-3">
            <input type="hidden" name="client_id" value={clientId} />
            <input type="hidden" name="number" value={number} />
            <FormStatus state={state} />
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" variant="danger" disabled={pending}>
                {pending ? 'Removing…' : 'Remove number'}
              </Button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
