'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/action-core';
import { ROLE_LABELS, type Role } from '@/lib/auth/permissions';
import { changeUserRole } from '@/lib/users/actions';

type State = ActionResult<{ email: string; role: string }> | null;

export function ChangeRoleForm({
  userId,
  email,
  role,
  roles,
}: {
  userId: string;
  email: string;
  role: Role;
  roles: readonly Role[];
}) {
  const [state, formAction, pending] = useActionState<State, FormData>(changeUserRole, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="user_id" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <select
        id={`role-${userId}`}
        name="role"
        defaultValue={role}
        key={role}
        className="rounded-md border border-line bg-surface px-2 py-1 text-sm"
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Save role of ${email}`}>
        Save
      </Button>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-danger">
          {state.message}
        </span>
      ) : state?.ok ? (
        <span aria-live="polite" className="text-sm text-success">
          Saved
        </span>
      ) : null}
    </form>
  );
}
