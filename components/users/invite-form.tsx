'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import { ROLE_LABELS, type Role } from '@/lib/auth/permissions';
import { OneTimeLink } from './one-time-link';

type Invited = { email: string; url: string; expiresAt: string };
type State = ActionResult<Invited> | null;
type Action = (prev: State, fd: FormData) => Promise<ActionResult<Invited>>;

/**
 * Invites someone by email. The link comes back once and is shown here (it is also mailed);
 * staff pass `roles`, the client workspace passes none (its invitees are client users).
 */
export function InviteForm({
  action,
  roles,
  clientId,
}: {
  action: Action;
  roles?: readonly Role[];
  clientId?: string;
}) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const v = failed?.values ?? {};
  const formKey = state?.ok ? `ok-${state.data.url}` : `v-${JSON.stringify(v)}`;
  return (
    <div className="space-y-4">
      <form action={formAction} key={formKey} className="grid gap-4 sm:grid-cols-3" aria-label="Invite user" noValidate>
        {clientId ? <input type="hidden" name="client_id" value={clientId} /> : null}
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="off"
          defaultValue={v.email}
          errors={failed?.fieldErrors?.email}
          className={roles ? undefined : 'sm:col-span-2'}
          required
        />
        {roles ? (
          <SelectField name="role" label="Role" defaultValue={v.role ?? 'viewer'} errors={failed?.fieldErrors?.role}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div className="flex items-end">
          <Button type="submit" disabled={pending}>
            {pending ? 'Sending…' : 'Send invitation'}
          </Button>
        </div>
        <FormStatus state={state} className="sm:col-span-3" />
      </form>
      {state?.ok ? <OneTimeLink url={state.data.url} label={`Invitation link for ${state.data.email}`} /> : null}
    </div>
  );
}
