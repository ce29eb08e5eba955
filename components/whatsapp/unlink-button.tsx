'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormStatus } from '@/components/ui/form-status';
import { toastResult } from '@/components/ui/toast';
import { unlinkWhatsapp } from '@/lib/whatsapp/actions';

/** Unlink after a confirmation that names the number and what goes with it. */
export function UnlinkWhatsapp({ clientId, waDidId, label }: { clientId: string; waDidId: string; label: string }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  const run = () =>
    start(async () => {
      const r = await unlinkWhatsapp({ client_id: clientId, wa_did_id: waDidId });
      setOpen(false);
      // On success the row (and this component) goes away: the message is a toast.
      if (r.ok) toastResult(r);
      else setStatus({ ok: false, message: r.message });
    });
  return (
    <div>
      <Button variant="danger" size="sm" onClick={() => setOpen(true)} aria-label={`Unlink ${label}`}>
        Unlink
      </Button>
      {open ? (
        <Dialog title={`Unlink ${label}?`} onClose={() => setOpen(false)}>
          <p className="mb-4 text-sm">
            The number stops receiving WhatsApp messages through this client, and its schedule and holidays are removed.
            Linking it again needs its access token.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" onClick={run} disabled={pending}>
              {pending ? 'Unlinking…' : 'Unlink number'}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </Dialog>
      ) : null}
      <FormStatus state={status} />
    </div>
  );
}
