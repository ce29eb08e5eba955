'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';

type LinkAction = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;

/** Link a WhatsApp Business number. The access token is write-only: never refilled or shown. */
export function LinkWhatsappForm({ clientId, action }: { clientId: string; action: LinkAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const v = failed?.values ?? {};
  const fe = (k: string) => failed?.fieldErrors?.[k as keyof typeof failed.fieldErrors] as string[] | undefined;
  return (
    <form
      action={formAction}
      aria-label="Link a WhatsApp number"
      className="grid max-w-2xl gap-4 sm:grid-cols-2"
      key={state?.ok ? `ok-${state.message}` : 'link'}
      noValidate
    >
      <input type="hidden" name="client_id" value={clientId} />
      <TextField
        name="phone_number_id"
        label="Phone number id"
        inputMode="numeric"
        defaultValue={v.phone_number_id}
        errors={fe('phone_number_id')}
        hint="From WhatsApp Manager, e.g. 1029384756."
        required
      />
      <TextField
        name="access_token"
        label="Access token"
        type="password"
        autoComplete="off"
        errors={fe('access_token')}
        hint="Stored with the provider; the portal shows it only as “set (••••)”."
        required
      />
      <TextField
        name="display_number"
        label="Display number (optional)"
        inputMode="tel"
        defaultValue={v.display_number}
        errors={fe('display_number')}
        placeholder="+919876543210"
      />
      <TextField
        name="verified_name"
        label="Verified business name (optional)"
        defaultValue={v.verified_name}
        errors={fe('verified_name')}
        maxLength={100}
      />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Linking…' : 'Link number'}
        </Button>
      </div>
      <FormStatus state={state} className="sm:col-span-2" />
    </form>
  );
}
