'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useActionState, useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { startMaskingSession } from '@/lib/masking/actions';
import { queryKeys } from '@/lib/query-keys';

/**
 * Start a Click-Connect session. The only place party numbers are shown unmasked: they are
 * what the user typed (kept after a refused submit). Numbers are checked on the server.
 */
export function StartSessionForm({ clientId, dids }: { clientId: string; dids: string[] }) {
  const [state, action, pending] = useActionState(startMaskingSession, null);
  const qc = useQueryClient();
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (state?.ok) qc.invalidateQueries({ queryKey: queryKeys.masking.all(clientId) });
  }, [state, qc, clientId]);
  const v = (k: string) => (failed?.values as Record<string, string> | undefined)?.[k];

  if (!dids.length) {
    return <p>This client has no numbers yet. Buy one under Numbers to bridge calls over it.</p>;
  }
  return (
    <form action={action} aria-label="Start a masked session" className="space-y-4" noValidate>
      <input type="hidden" name="client_id" value={clientId} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          name="did_no"
          label="Over number"
          defaultValue={v('did_no') ?? dids[0]}
          errors={failed?.fieldErrors?.did_no}
        >
          {dids.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </SelectField>
        <TextField
          name="party_a"
          label="Party A mobile"
          inputMode="tel"
          autoComplete="off"
          defaultValue={v('party_a')}
          errors={failed?.fieldErrors?.party_a}
          hint="An Indian mobile, e.g. 98765 43210"
        />
        <TextField
          name="party_b"
          label="Party B mobile"
          inputMode="tel"
          autoComplete="off"
          defaultValue={v('party_b')}
          errors={failed?.fieldErrors?.party_b}
        />
        <TextField
          name="ttl_minutes"
          label="Time to live (minutes)"
          inputMode="numeric"
          defaultValue={v('ttl_minutes') ?? '30'}
          errors={failed?.fieldErrors?.ttl_minutes}
          hint="1 to 1440; the masked link ends after this."
        />
        <TextField
          name="agent_ext"
          label="Agent extension (optional)"
          inputMode="numeric"
          defaultValue={v('agent_ext')}
          errors={failed?.fieldErrors?.agent_ext}
        />
      </div>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Starting…' : 'Start session'}
      </Button>
    </form>
  );
}
