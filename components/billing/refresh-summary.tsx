'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { useProgressWhile } from '@/components/ui/progress';
import { useToastResult } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/action-core';
import type { RefreshOutcome } from '@/lib/billing/action-specs';
import { refreshBillingSummary } from '@/lib/billing/actions';

/** "Refresh now": reloads the clients and recomputes the spend summary on demand (one instance at a time). */
export function RefreshSummary({ ageText }: { ageText: string }) {
  const [state, action, pending] = useActionState<ActionResult<{ outcome: RefreshOutcome }> | null, FormData>(
    refreshBillingSummary,
    null,
  );
  // No inline status place here: a refused or failed refresh is toasted too.
  useToastResult(state, { errors: true });
  useProgressWhile(pending);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <p className="text-sm text-fg-muted" data-testid="summary-age" aria-live="polite">
        {pending ? 'Refreshing the spend summary…' : ageText}
      </p>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Refreshing…' : 'Refresh now'}
      </Button>
    </form>
  );
}
