'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { mapFlow } from '@/lib/flows/actions';

type Did = { didId: string; number: string; flowId: string | null };

/**
 * Map a flow to a DID (map_flow_did), from the flow (choose the number) or from the number
 * (choose the flow). A confirmation names the flow the number runs today before moving it.
 */
export function MapFlowControl({
  clientId,
  dids,
  flows,
  flowNames,
  fixed,
}: {
  clientId: string;
  dids: Did[];
  flows: { id: string; name: string }[];
  flowNames: Record<string, string>;
  fixed: { flowId: string } | { didNo: string };
}) {
  const fromFlow = 'flowId' in fixed;
  const [choice, setChoice] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  const flowId = fromFlow ? fixed.flowId : choice;
  const didNo = fromFlow ? choice : fixed.didNo;
  const did = dids.find((d) => d.number === didNo);
  const todayName = did?.flowId ? (flowNames[did.flowId] ?? `flow ${did.flowId} (not made in this portal)`) : null;
  const flowName = flowNames[flowId] ?? flowId;

  const confirm = () =>
    start(async () => {
      const r = await mapFlow({ client_id: clientId, flow_id: flowId, did_no: didNo });
      setConfirming(false);
      setStatus(r.ok ? { ok: true, message: r.message ?? 'Mapped.' } : { ok: false, message: r.message });
      if (r.ok) setChoice('');
    });

  return (
    <div className="space-y-3">
      <form
        className="flex flex-wrap items-end gap-2"
        aria-label={fromFlow ? 'Map this flow to a number' : 'Run a flow on this number'}
        onSubmit={(e) => {
          e.preventDefault();
          setStatus(null);
          if (!choice) setStatus({ ok: false, message: fromFlow ? 'Choose a number first.' : 'Choose a flow first.' });
          else setConfirming(true);
        }}
      >
        {fromFlow ? (
          <SelectField
            name="did_no"
            id="map-did"
            label="Number"
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            className="min-w-56"
          >
            <option value="">Choose a number…</option>
            {dids.map((d) => (
              <option key={d.didId} value={d.number} disabled={d.flowId === fixed.flowId}>
                {d.number}
                {d.flowId === fixed.flowId ? ' (runs this flow)' : ''}
              </option>
            ))}
          </SelectField>
        ) : (
          <SelectField
            name="flow_id"
            id="map-flow"
            label="Flow"
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            className="min-w-56"
          >
            <option value="">Choose a flow…</option>
            {flows.map((f) => (
              <option key={f.id} value={f.id} disabled={did?.flowId === f.id}>
                {f.name}
                {did?.flowId === f.id ? ' (runs here now)' : ''}
              </option>
            ))}
          </SelectField>
        )}
        <Button type="submit" variant="secondary">
          {fromFlow ? 'Map to this number…' : 'Run this flow…'}
        </Button>
      </form>
      {confirming ? (
        <Dialog title="Change what this number runs?" onClose={() => setConfirming(false)}>
          <p className="mb-2 text-sm">
            <span className="font-mono">{didNo}</span> runs{' '}
            {todayName ? <strong>“{todayName}”</strong> : <strong>no flow</strong>} today.
          </p>
          <p className="mb-4 text-sm">
            After this, calls to it run <strong>“{flowName}”</strong>.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={confirm} disabled={pending}>
              {pending ? 'Mapping…' : `Yes, run “${flowName}”`}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </Dialog>
      ) : null}
      <FormStatus state={status} />
    </div>
  );
}
