'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import { resetBrand } from '@/lib/brand/actions';

export function ResetBrandForm() {
  const [state, action, pending] = useActionState<ActionResult<{ reset: boolean }> | null, FormData>(resetBrand, null);
  return (
    <form
      action={action}
      aria-label="Restore default brand"
      className="space-y-3"
      onSubmit={(e) => {
        if (
          !window.confirm('Restore the default name, colour and no logo? Support contacts and links are cleared too.')
        )
          e.preventDefault();
      }}
    >
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Restoring…' : 'Restore defaults'}
      </Button>
    </form>
  );
}
