'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import { ROLE_LABELS, ROLES } from '@/lib/auth/permissions';
import { addUser } from '@/lib/users/actions';

type State = ActionResult<{ id: string; email: string }> | null;

export function AddUserForm() {
  const [state, formAction, pending] = useActionState<State, FormData>(addUser, null);
  const failed = state && !state.ok ? state : null;
  const v = failed?.values ?? {};
  // After a success the form starts empty again; after a failure it keeps what was typed.
  const formKey = state?.ok ? `ok-${state.data.id}` : `v-${JSON.stringify(v)}`;
  return (
    <form action={formAction} key={formKey} className="grid gap-4 sm:grid-cols-2" aria-label="Add user" noValidate>
      <TextField name="name" label="Name" defaultValue={v.name} errors={failed?.fieldErrors?.name} required />
      <TextField
        name="email"
        label="Email"
        type="email"
        defaultValue={v.email}
        errors={failed?.fieldErrors?.email}
        required
      />
      <SelectField name="role" label="Role" defaultValue={v.role ?? 'viewer'} errors={failed?.fieldErrors?.role}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </SelectField>
      <TextField
        name="client_id"
        label="Client id (client users only)"
        defaultValue={v.client_id}
        errors={failed?.fieldErrors?.client_id}
      />
      <TextField
        name="password"
        label="Temporary password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters."
        errors={failed?.fieldErrors?.password}
        required
      />
      <div className="flex flex-col justify-end gap-2 sm:col-span-2">
        <FormStatus state={state} />
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? 'Adding…' : 'Add user'}
        </Button>
      </div>
    </form>
  );
}
