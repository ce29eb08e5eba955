'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormStatus } from '@/components/ui/form-status';
import { toastResult } from '@/components/ui/toast';
import { deleteBot } from '@/lib/bots/actions';

/** Delete with a warning that names the flows handing calls to this bot. */
export function DeleteBot({
  clientId,
  bot,
  usedBy,
}: {
  clientId: string;
  bot: { id: string; name: string };
  usedBy: string[];
}) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  const run = () =>
    start(async () => {
      const r = await deleteBot({ client_id: clientId, id: bot.id });
      setOpen(false);
      // On success the row (and this component) goes away: the message is a toast.
      if (r.ok) toastResult(r);
      else setStatus({ ok: false, message: r.message });
    });
  return (
    <div>
      <Button variant="danger" size="sm" onClick={() => setOpen(true)} aria-label={`Delete bot ${bot.name}`}>
        Delete
      </Button>
      {open ? (
        <Dialog title={`Delete “${bot.name}”?`} onClose={() => setOpen(false)}>
          {usedBy.length ? (
            <div role="alert" className="mb-4 space-y-1 text-sm">
              <p className="font-semibold text-danger">
                {usedBy.length === 1 ? 'A flow uses this bot:' : `${usedBy.length} flows use this bot:`}
              </p>
              <ul className="list-disc pl-5">
                {usedBy.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
              <p>Their calls will go to their transfer fallback agent instead.</p>
            </div>
          ) : (
            <p className="mb-4 text-sm">No flow uses this bot.</p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" onClick={run} disabled={pending}>
              {pending ? 'Deleting…' : 'Delete bot'}
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
