'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { saveGeneralSettings } from './actions';

export function DisplayZoneForm({ zone, zones, example }: { zone: string; zones: string[]; example: string }) {
  const [state, action, pending] = useActionState(saveGeneralSettings, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} aria-label="Display time zone" className="space-y-4">
      <SelectField
        name="display_time_zone"
        label="Display time zone"
        hint={`Every time in the portal is shown in this zone and labelled with it, e.g. ${example}. Schedules keep their own zone.`}
        defaultValue={failed?.values?.display_time_zone ?? zone}
        errors={failed?.fieldErrors?.display_time_zone}
        className="max-w-md"
      >
        {zones.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </SelectField>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save'}
      </Button>
    </form>
  );
}
