'use client';

import { buttonClass } from '@/components/ui/button';
import { updateClientStatus } from '@/lib/clients/actions';
import { StatusChangeDialog } from './status-change-dialog';

/** Activate / deactivate on the client's page, asking why (status-change-dialog.tsx). */
export function StatusDialog({
  clientId,
  clientName,
  active,
}: {
  clientId: string;
  clientName: string;
  active: boolean;
}) {
  const verb = active ? 'Deactivate' : 'Activate';
  return (
    <div className="space-y-2">
      <StatusChangeDialog
        action={updateClientStatus}
        clientId={clientId}
        clientName={clientName}
        active={active}
        verb={verb}
        consequence={
          active
            ? 'An inactive client cannot buy numbers or change its setup until it is activated again.'
            : 'The client can use its numbers and make changes again.'
        }
        trigger={{ label: `${verb} client`, className: buttonClass(active ? 'danger' : 'primary') }}
      />
    </div>
  );
}
