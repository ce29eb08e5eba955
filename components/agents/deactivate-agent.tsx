'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import { deactivateAgent } from '@/lib/agents/actions';
import type { AgentView, Dependent } from './types';

/** Deactivation (delete_agent sets status 0) after a confirmation naming what depends on the agent. */
export function DeactivateAgentButton({
  clientId,
  agent,
  dependents,
}: {
  clientId: string;
  agent: AgentView;
  dependents: Dependent[];
}) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  const numbers = dependents.filter((d) => d.kind === 'number');
  const flows = dependents.filter((d) => d.kind === 'flow');
  const confirm = () =>
    start(async () => {
      const r = await deactivateAgent({ client_id: clientId, agent_id: agent.id });
      setState(r);
      if (r.ok) {
        setOpen(false);
        router.refresh();
      }
    });
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)} aria-label={`Deactivate ${agent.name}`}>
        Deactivate
      </Button>
      {open ? (
        <Dialog title={`Deactivate ${agent.name}?`} onClose={() => setOpen(false)}>
          <div className="space-y-3 text-sm">
            <p>
              {agent.name} (extension {agent.extension ?? '—'}) will no longer take calls. The provider keeps the
              record; this cannot be undone here.
            </p>
            {numbers.length ? (
              <div>
                <p className="font-medium">These numbers ring this agent and will ring nobody:</p>
                <ul aria-label="Numbers" className="mt-1 list-inside list-disc font-mono">
                  {numbers.map((d) => (
                    <li key={d.didId}>{d.number}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="text-fg-muted">No number rings this agent&apos;s extension.</p>
            )}
            {flows.length ? (
              <div>
                <p className="font-medium">Call flows that send calls to this agent:</p>
                <ul aria-label="Call flows" className="mt-1 list-inside list-disc">
                  {flows.map((f) => (
                    <li key={`${f.flowId}-${f.role}`}>
                      {f.name}: {f.role}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {numbers.length || flows.length ? (
              <p className="text-fg-muted">Route them to another agent or flow afterwards.</p>
            ) : null}
            <FormStatus state={state && !state.ok ? state : null} />
            <div className="flex flex-wrap gap-2">
              <Button variant="danger" onClick={confirm} disabled={pending}>
                {pending ? 'Deactivating…' : 'Deactivate'}
              </Button>
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Cancel
              </Button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
