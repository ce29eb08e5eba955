'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { saveBillingSettings } from './actions';

export function BillingSettingsForm({ ceiling, low, days }: { ceiling: string; low: string; days: string }) {
  const [state, action, pending] = useActionState(saveBillingSettings, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} aria-label="Billing settings" className="max-w-md space-y-4">
      <TextField
        name="top_up_ceiling"
        label="Largest single top-up (₹)"
        inputMode="decimal"
        hint="A top-up above this is refused, whoever asks."
        defaultValue={failed?.values?.top_up_ceiling ?? ceiling}
        errors={failed?.fieldErrors?.top_up_ceiling}
      />
      <TextField
        name="low_balance"
        label="Low balance under (₹)"
        inputMode="decimal"
        hint="Clients under this appear in the billing overview's low-balance list and on the dashboard."
        defaultValue={failed?.values?.low_balance ?? low}
        errors={failed?.fieldErrors?.low_balance}
      />
      <TextField
        name="validity_warning_days"
        label="Warn when validity ends within (days)"
        inputMode="numeric"
        defaultValue={failed?.values?.validity_warning_days ?? days}
        errors={failed?.fieldErrors?.validity_warning_days}
      />
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </Button>
    </form>
  );
}
