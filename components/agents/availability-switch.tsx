'use client';

import { useOptimistic, useState, useTransition } from 'react';
import { setAgentAvailability } from '@/lib/agents/actions';

/**
 * Optimistic: the switch moves at once; when the provider refuses or times out it moves
 * back and says why. `canWrite` false shows the state without a control.
 */
export function AvailabilitySwitch({
  clientId,
  agentId,
  name,
  available,
  canWrite,
}: {
  clientId: string;
  agentId: string;
  name: string;
  available: boolean;
  canWrite: boolean;
}) {
  const [confirmed, setConfirmed] = useState(available);
  const [shown, setShown] = useOptimistic(confirmed);
  const [error, setError] = useState('');
  const [pending, start] = useTransition();

  if (!canWrite) return <span>{available ? 'Available' : 'Unavailable'}</span>;

  const toggle = () => {
    const next = !shown;
    setError('');
    start(async () => {
      setShown(next);
      const r = await setAgentAvailability({ client_id: clientId, agent_id: agentId, available: next });
      if (r.ok) setConfirmed(r.data.available);
      else setError(`Not changed: ${r.message}`);
    });
  };

  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        role="switch"
        aria-checked={shown}
        aria-label={`${name} available`}
        aria-busy={pending || undefined}
        onClick={toggle}
        disabled={pending}
        className="inline-flex items-center gap-2 text-sm disabled:cursor-wait"
      >
        <span
          aria-hidden="true"
          className={`relative inline-block h-6 w-11 rounded-full border border-line transition-colors ${shown ? 'bg-brand' : 'bg-surface-muted'}`}
        >
          <span
            className={`absolute top-0.5 h-4.5 w-4.5 rounded-full bg-white shadow transition-all ${shown ? 'left-5.5' : 'left-0.5'}`}
          />
        </span>
        <span>{shown ? 'Available' : 'Unavailable'}</span>
      </button>
      <span role="alert" className="text-xs text-danger">
        {error}
      </span>
    </span>
  );
}
