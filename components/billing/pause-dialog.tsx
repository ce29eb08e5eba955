'use client';

import { StatusChangeDialog } from '@/components/clients/status-change-dialog';
import { buttonClass } from '@/components/ui/button';
import { setBillingClientStatus } from '@/lib/billing/actions';

/** Pause (update_status 0) or reactivate a client from the billing overview, asking why. */
export function PauseDialog({
  clientId,
  clientName,
  active,
}: {
  clientId: string;
  clientName: string;
  active: boolean;
}) {
  const verb = active ? 'Pause' : 'Reactivate';
  return (
    <StatusChangeDialog
      action={setBillingClientStatus}
      clientId={clientId}
      clientName={clientName}
      active={active}
      verb={verb}
      consequence={
        active
          ? 'A paused client cannot use its numbers or change its setup until it is reactivated.'
          : 'The client can use its numbers and make changes again.'
      }
      trigger={{
        label: verb,
        ariaLabel: `${verb} ${clientName}`,
        className: buttonClass(active ? 'secondary' : 'primary', undefined, 'tight'),
      }}
    />
  );
}
