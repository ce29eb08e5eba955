'use client';

import { SelectField, TextField } from '@/components/ui/field';
import type { FlowDefinition, FlowField, FlowOptions } from '@/lib/flows/definition';

export type FlowStep = 'did' | 'recording' | 'answer' | 'transfer';

type Props = {
  def: FlowDefinition;
  opts: FlowOptions;
  errors: Partial<Record<FlowField, string>>;
  update: (field: FlowField, value: string, coalesce?: boolean) => void;
  isNew: boolean;
  disabled: boolean;
  /** Prefix for element ids: the side panel and the form view may both be in the page. */
  idp: string;
  flowNames: Record<string, string>;
};

const err = (e: string | undefined) => (e ? [e] : undefined);

/** The fields of one step of the flow, shared by the diagram's side panel and the form view. */
export function StepFields({ step, ...p }: Props & { step: FlowStep }) {
  const { def, opts, errors, update, disabled, idp } = p;
  const activeAgents = opts.agents.filter((a) => a.active);
  const agentOptions = (
    <>
      <option value="">Choose an agent…</option>
      {activeAgents.map((a) => (
        <option key={a.extension} value={a.extension}>
          {a.name} (ext {a.extension})
        </option>
      ))}
    </>
  );
  if (step === 'did') {
    const current = opts.dids.find((d) => d.number === def.didNo);
    const today = current?.flowId ? (p.flowNames[current.flowId] ?? `flow ${current.flowId}`) : null;
    return (
      <div className="space-y-3">
        <TextField
          id={`${idp}-name`}
          name="name"
          label="Flow name"
          value={def.name}
          onChange={(e) => update('name', e.target.value, true)}
          errors={err(errors.name)}
          disabled={disabled}
          maxLength={100}
        />
        <SelectField
          id={`${idp}-didNo`}
          name="didNo"
          label="Incoming number"
          value={def.didNo}
          onChange={(e) => update('didNo', e.target.value)}
          errors={err(errors.didNo)}
          disabled={disabled || !p.isNew}
          hint={
            p.isNew
              ? today
                ? `Today this number runs “${today}”: saving moves it to this flow.`
                : 'Calls to this number will run this flow.'
              : 'To move this flow to another number, use “Map to a number” below.'
          }
        >
          <option value="">Choose a number…</option>
          {opts.dids.map((d) => (
            <option key={d.didId} value={d.number}>
              {d.number}
            </option>
          ))}
        </SelectField>
      </div>
    );
  }
  if (step === 'recording')
    return (
      <TextField
        id={`${idp}-recordingId`}
        name="recordingId"
        label="Welcome recording id (optional)"
        value={def.recordingId}
        onChange={(e) => update('recordingId', e.target.value, true)}
        errors={err(errors.recordingId)}
        disabled={disabled}
        hint="The id of a recording uploaded with the provider. Leave empty for no welcome message."
      />
    );
  if (step === 'answer')
    return (
      <div className="space-y-3">
        <fieldset className="space-y-1" disabled={disabled}>
          <legend className="text-sm font-medium">Who answers</legend>
          {(['agent', 'bot'] as const).map((t) => (
            <label key={t} className="mr-4 inline-flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${idp}-target`}
                value={t}
                checked={def.target === t}
                onChange={() => update('target', t)}
              />
              {t === 'agent' ? 'An agent' : 'A voice bot'}
            </label>
          ))}
        </fieldset>
        {def.target === 'agent' ? (
          <SelectField
            id={`${idp}-agentExt`}
            name="agentExt"
            label="Agent"
            value={def.agentExt}
            onChange={(e) => update('agentExt', e.target.value)}
            errors={err(errors.agentExt)}
            disabled={disabled}
            hint={activeAgents.length ? undefined : 'This client has no active agents yet.'}
          >
            {agentOptions}
          </SelectField>
        ) : (
          <SelectField
            id={`${idp}-botId`}
            name="botId"
            label="Voice bot"
            value={def.botId}
            onChange={(e) => update('botId', e.target.value)}
            errors={err(errors.botId)}
            disabled={disabled}
            hint={opts.bots.length ? undefined : 'This client has no voice bots yet.'}
          >
            <option value="">Choose a bot…</option>
            {opts.bots.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
    );
  return (
    <SelectField
      id={`${idp}-transferTo`}
      name="transferTo"
      label={def.target === 'bot' ? 'Transfer fallback (required for a bot)' : 'Transfer fallback (optional)'}
      value={def.transferTo}
      onChange={(e) => update('transferTo', e.target.value)}
      errors={err(errors.transferTo)}
      disabled={disabled}
      hint="Who takes the call when the agent or bot cannot."
    >
      {agentOptions}
    </SelectField>
  );
}
