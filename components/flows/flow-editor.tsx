'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { saveFlow } from '@/lib/flows/actions';
import {
  FIELD_LABELS,
  type FlowDefinition,
  type FlowField,
  type FlowOptions,
  validateFlow,
} from '@/lib/flows/definition';
import { type FlowStep, StepFields } from './flow-fields';
import { useFlowHistory } from './use-flow-history';

// The diagram library loads only here, after the page: no other route carries its chunks.
const FlowCanvas = dynamic(() => import('./flow-canvas'), {
  ssr: false,
  loading: () => <p className="p-4 text-sm text-fg-muted">Loading the diagram…</p>,
});

const STEP_TITLES: Record<FlowStep, string> = {
  did: 'Incoming call',
  recording: 'Welcome message',
  answer: 'Who answers',
  transfer: 'Transfer fallback',
};
const STEPS: FlowStep[] = ['did', 'recording', 'answer', 'transfer'];
const FIELD_STEP: Record<FlowField, FlowStep> = {
  name: 'did',
  didNo: 'did',
  recordingId: 'recording',
  target: 'answer',
  agentExt: 'answer',
  botId: 'answer',
  transferTo: 'transfer',
};

/**
 * The flow builder: a diagram with a side panel, or (for keyboard and screen-reader users) a
 * plain form of the same flow; both edit one definition with one undo history and one save.
 */
export function FlowEditor({
  clientId,
  flowId,
  initial,
  opts,
  flowNames,
  canEdit,
  basePath,
}: {
  clientId: string;
  flowId: string | null;
  initial: FlowDefinition;
  opts: FlowOptions;
  flowNames: Record<string, string>;
  canEdit: boolean;
  /** Where this client's flows live (console or end-client workspace). */
  basePath: string;
}) {
  const { def, update, undo, redo, canUndo, canRedo } = useFlowHistory(initial);
  const [view, setView] = useState<'diagram' | 'form'>('diagram');
  const [selected, setSelected] = useState<FlowStep>('did');
  const [attempted, setAttempted] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [serverErrors, setServerErrors] = useState<Partial<Record<FlowField, string>>>({});
  const [pending, start] = useTransition();
  const router = useRouter();
  const isNew = !flowId;
  const live = useMemo(() => validateFlow(def, opts, isNew), [def, opts, isNew]);
  const errors = attempted ? { ...serverErrors, ...live } : {};
  const fieldProps = { def, opts, errors, update, isNew, disabled: !canEdit || pending, flowNames };

  const save = () => {
    setAttempted(true);
    setServerErrors({});
    if (Object.keys(live).length > 0) {
      setStatus({
        ok: false,
        message: `Fix ${Object.keys(live).length === 1 ? 'this step' : 'these steps'} before saving: ${Object.keys(live)
          .map((k) => FIELD_LABELS[k as FlowField])
          .join(', ')}.`,
      });
      const first = Object.keys(live)[0] as FlowField;
      setSelected(FIELD_STEP[first]);
      return;
    }
    start(async () => {
      const r = await saveFlow({ client_id: clientId, flow_id: flowId ?? '', ...def });
      if (r.ok) {
        setStatus({ ok: true, message: r.message ?? 'Saved.' });
        if (isNew) router.push(`${basePath}/${encodeURIComponent(r.data.flowId)}`);
        else router.refresh();
      } else {
        setStatus({ ok: false, message: r.message });
        const fe = (r.fieldErrors ?? {}) as Record<string, string[]>;
        setServerErrors(
          Object.fromEntries(Object.entries(fe).map(([k, v]) => [k, v[0]])) as Partial<Record<FlowField, string>>,
        );
      }
    });
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Flow builder">
        <fieldset className="flex gap-1">
          <legend className="sr-only">View</legend>
          <Button
            variant={view === 'diagram' ? 'primary' : 'secondary'}
            size="sm"
            aria-pressed={view === 'diagram'}
            onClick={() => setView('diagram')}
          >
            Diagram
          </Button>
          <Button
            variant={view === 'form' ? 'primary' : 'secondary'}
            size="sm"
            aria-pressed={view === 'form'}
            onClick={() => setView('form')}
          >
            Form view
          </Button>
        </fieldset>
        {canEdit ? (
          <>
            <Button variant="secondary" size="sm" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
              Undo
            </Button>
            <Button
              variant="secondary"
              size="sm"
              onClick={redo}
              disabled={!canRedo}
              aria-keyshortcuts="Control+Shift+Z"
            >
              Redo
            </Button>
          </>
        ) : null}
      </div>
      {view === 'diagram' ? (
        <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
          <div className="min-w-0 space-y-2">
            <FlowCanvas def={def} opts={opts} errors={errors} selected={selected} onSelect={setSelected} />
            <nav aria-label="Flow steps" className="flex flex-wrap gap-1">
              {STEPS.map((s) => (
                <Button
                  key={s}
                  size="sm"
                  variant={s === selected ? 'primary' : 'ghost'}
                  aria-current={s === selected ? 'step' : undefined}
                  onClick={() => setSelected(s)}
                >
                  {STEP_TITLES[s]}
                </Button>
              ))}
            </nav>
          </div>
          <aside aria-label="Step details" className="rounded-md border border-line p-4">
            <h3 className="mb-3 font-semibold">{STEP_TITLES[selected]}</h3>
            <StepFields step={selected} idp="panel" {...fieldProps} />
          </aside>
        </div>
      ) : (
        <form
          aria-label="Flow (form view)"
          className="max-w-xl space-y-6"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {STEPS.map((s) => (
            <fieldset key={s} className="space-y-2 rounded-md border border-line p-4">
              <legend className="px-1 font-semibold">{STEP_TITLES[s]}</legend>
              <StepFields step={s} idp="form" {...fieldProps} />
            </fieldset>
          ))}
          {canEdit ? (
            <Button type="submit" disabled={pending}>
              {pending ? 'Saving…' : isNew ? 'Create flow' : 'Save flow'}
            </Button>
          ) : null}
        </form>
      )}
      {canEdit && view === 'diagram' ? (
        <Button onClick={save} disabled={pending}>
          {pending ? 'Saving…' : isNew ? 'Create flow' : 'Save flow'}
        </Button>
      ) : null}
      <FormStatus state={status} />
    </div>
  );
}
