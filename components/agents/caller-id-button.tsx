'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import { changeAgentDid } from '@/lib/agents/actions';
import type { AgentView, DidOption } from './types';

/** update_agent_did: the number an agent's outgoing calls show; picked from the client's DIDs. */
export function CallerIdButton({ clientId, agent, dids }: { clientId: string; agent: AgentView; dids: DidOption[] }) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  if (!agent.extension) return null;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    start(async () => {
      const r = await changeAgentDid(null, fd);
      setState(r);
      if (r.ok) {
        setOpen(false);
        router.refresh();
      }
    });
  };
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => setOpen(true)}
        aria-label={`Change caller id of ${agent.name}`}
      >
        Caller id
      </Button>
      {open ? (
        <Dialog title={`Caller id of ${agent.name}`} onClose={() => setOpen(false)}>
          {dids.length ? (
            <form onSubmit={submit} className="space-y-3" noValidate>
              <input type="hidden" name="client_id" value={clientId} />
              <input type="hidden" name="agent_ext" value={agent.extension} />
              <SelectField
                name="did_num"
                label="Number shown on outgoing calls"
                defaultValue={agent.didNum ?? dids[0].number}
                errors={state && !state.ok ? state.fieldErrors?.did_num : undefined}
              >
                {dids.map((d) => (
                  <option key={d.didId} value={d.number}>
                    {d.number}
                  </option>
                ))}
              </SelectField>
              <FormStatus state={state && !state.ok ? state : null} />
              <div className="flex gap-2">
                <Button type="submit" disabled={pending}>
                  {pending ? 'Saving…' : 'Save'}
                </Button>
                <Button variant="secondary" onClick={() => setOpen(false)}>
                  Cancel
                </Button>
              </div>
            </form>
          ) : (
            <p className="text-sm">This client has no numbers yet: buy one first.</p>
          )}
        </Dialog>
      ) : null}
    </>
  );
}
