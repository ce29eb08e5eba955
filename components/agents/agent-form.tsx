'use client';

import { type FormEvent, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import { addAgent, editAgent } from '@/lib/agents/actions';
import { PasswordField } from './password-field';
import type { AgentView, DidOption } from './types';

export type AgentFormProps = {
  clientId: string;
  /** Absent: a new agent. */
  agent?: AgentView;
  suggestedExtension: string;
  /** The client's other agents, for the reporting-manager picker. */
  team: { id: string; name: string }[];
  dids: DidOption[];
  onDone: (message: string) => void;
  onCancel: () => void;
};

/**
 * Every documented field of add_agent / edit_agent. Submitted without a form reset, so
 * nothing typed is lost when the server refuses (field errors come back per field).
 */
export function AgentForm({ clientId, agent, suggestedExtension, team, dids, onDone, onCancel }: AgentFormProps) {
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const [pending, start] = useTransition();
  const failed = state && !state.ok ? state : null;
  const err = (k: string) => failed?.fieldErrors?.[k];

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    start(async () => {
      const r = await (agent ? editAgent(null, fd) : addAgent(null, fd));
      setState(r);
      if (r.ok) onDone(r.message ?? 'Saved.');
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={agent ? `Edit ${agent.name}` : 'New agent'}>
      <input type="hidden" name="client_id" value={clientId} />
      {agent ? <input type="hidden" name="agent_id" value={agent.id} /> : null}
      <TextField name="name" label="Name" defaultValue={agent?.name} errors={err('name')} autoComplete="off" />
      <TextField
        name="email"
        label="Email"
        type="email"
        defaultValue={agent?.email ?? ''}
        errors={err('email')}
        autoComplete="off"
      />
      <TextField
        name="phonenumber"
        label="Phone"
        type="tel"
        defaultValue={agent?.phone ?? ''}
        errors={err('phonenumber')}
        hint="An Indian mobile; +91 is assumed, e.g. 98765 43210."
        autoComplete="off"
      />
      <PasswordField
        errors={err('password')}
        hint={
          agent
            ? 'The provider asks for the password on every edit: enter the current one or a new one. It is never shown or stored here.'
            : 'Never shown again or stored by this portal.'
        }
      />
      <TextField
        name="extension"
        label="Extension"
        inputMode="numeric"
        defaultValue={agent?.extension ?? suggestedExtension}
        errors={err('extension')}
        hint={agent ? undefined : `${suggestedExtension} is the next free one.`}
      />
      <SelectField name="did_num" label="Caller-id DID" defaultValue={agent?.didNum ?? ''} errors={err('did_num')}>
        <option value="">{agent ? 'Keep the current one' : 'None'}</option>
        {dids.map((d) => (
          <option key={d.didId} value={d.number}>
            {d.number}
          </option>
        ))}
      </SelectField>
      <details className="rounded-md border border-line p-3">
        <summary className="cursor-pointer text-sm font-medium">More settings</summary>
        <div className="mt-3 space-y-4">
          <SelectField
            name="reporting_manager"
            label="Reporting manager"
            defaultValue=""
            errors={err('reporting_manager')}
          >
            <option value="">{agent ? 'Keep the current one' : 'None'}</option>
            {team
              .filter((t) => t.id !== agent?.id)
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
          </SelectField>
          <SelectField name="manager" label="Is a manager" defaultValue="" errors={err('manager')}>
            <option value="">{agent ? 'Keep as is' : 'Not set'}</option>
            <option value="1">Yes</option>
            <option value="0">No</option>
          </SelectField>
          <SelectField name="is_webrtc" label="WebRTC (calls in the browser)" defaultValue="" errors={err('is_webrtc')}>
            <option value="">{agent ? 'Keep as is' : 'Not set'}</option>
            <option value="1">On</option>
            <option value="0">Off</option>
          </SelectField>
          <TextField
            name="dial_preference"
            label="Dial preference"
            errors={err('dial_preference')}
            hint="The provider's dial preference id, e.g. 1. Leave empty to keep it."
          />
          <TextField
            name="permission_group"
            label="Permission group"
            errors={err('permission_group')}
            hint="The provider's permission group id, e.g. 2. Leave empty to keep it."
          />
        </div>
      </details>
      <FormStatus state={failed} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : agent ? 'Save changes' : 'Add agent'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
