'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { callPartnerEndpoint } from '@/lib/explorer/actions';

export type ExplorerEndpoint = {
  name: string;
  method: string;
  path: string;
  title: string;
  summary: string;
  readOnly: boolean;
  params: { name: string; required: boolean; type: string; note?: string; example: string }[];
};

type Response = { ok: boolean; status: number; durationMs: number; body: unknown };

/** A form for one partner call built from the catalogue, and the answer as it came back. */
export function ExplorerForm({ endpoint, live }: { endpoint: ExplorerEndpoint; live: boolean }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [response, setResponse] = useState<Response | null>(null);
  const [pending, start] = useTransition();
  const needsConfirm = live && !endpoint.readOnly;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await callPartnerEndpoint({ endpoint: endpoint.name, params: values, confirm });
      if (r.ok) {
        setErrors({});
        setMessage(null);
        setResponse(r.data);
      } else {
        // Field errors arrive keyed by the call's field names (params.x from the action's own schema).
        const fe = Object.fromEntries(
          Object.entries(r.fieldErrors ?? {}).map(([k, v]) => [k.replace(/^params\./, ''), v as string[]]),
        );
        setErrors(fe);
        setMessage(r.message);
        setResponse(null);
      }
    });
  };

  return (
    <div className="space-y-4">
      <form onSubmit={submit} aria-label={`Call ${endpoint.name}`} className="space-y-4" noValidate>
        {endpoint.params.length === 0 ? <p className="text-sm text-fg-muted">This call takes no fields.</p> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {endpoint.params.map((p) => (
            <TextField
              key={p.name}
              id={`x-${p.name}`}
              name={p.name}
              label={`${p.name}${p.required ? ' (required)' : ''}`}
              hint={[p.note, p.example ? `e.g. ${p.example}` : null, p.type !== 'string' ? p.type : null]
                .filter(Boolean)
                .join(' · ')}
              value={values[p.name] ?? ''}
              onChange={(e) => setValues((v) => ({ ...v, [p.name]: e.target.value }))}
              errors={errors[p.name]}
              autoComplete="off"
            />
          ))}
        </div>
        {needsConfirm ? (
          <TextField
            name="confirm"
            id="x-confirm"
            label={`Live mode: this call changes data. Type ${endpoint.name} to confirm`}
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            errors={errors.confirm}
            autoComplete="off"
          />
        ) : null}
        {message ? (
          <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
            {message}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? 'Calling…' : `Call ${endpoint.name}`}
          </Button>
          {endpoint.params.some((p) => p.example) ? (
            <Button
              variant="secondary"
              onClick={() => setValues(Object.fromEntries(endpoint.params.map((p) => [p.name, p.example])))}
            >
              Fill with the reference example
            </Button>
          ) : null}
        </div>
      </form>
      <section aria-label="Response" aria-live="polite" className="space-y-2">
        {response ? (
          <>
            <h3 className="text-sm font-semibold">
              Response: {response.ok ? 'success' : 'error'} · status {response.status || 'none'} · {response.durationMs}{' '}
              ms
            </h3>
            <section
              aria-label="Response body"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
              tabIndex={0}
              className="max-h-96 overflow-auto rounded-md border border-line bg-surface-muted p-3"
            >
              <pre className="text-xs">{JSON.stringify(response.body, null, 2)}</pre>
            </section>
          </>
        ) : null}
      </section>
    </div>
  );
}
