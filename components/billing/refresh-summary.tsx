'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { useProgressWhile } from '@/components/ui/progress';
import { useToastResult } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/action-core';
import { refreshBillingSummary } from '@/lib/billing/actions';

/** "Refresh now": recomputes the spend summary on demand (one instance at a time). */
export function RefreshSummary({ ageText }: { ageText: string }) {
  const [state, action, pending] = useActionState<ActionResult<{ ran: boolean }> | null, FormData>(
    refreshBillingSummary,
    null,
  );
  useToastResult(state);
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
