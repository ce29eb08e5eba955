'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import { openPending, type ResumeLinkSent, sendResumeLink } from '@/lib/pending/actions';

const until = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Kolkata' });

/** Continue / Hand off (both open the registration's draft) and Send resume link, per row. */
export function PendingRowActions({ tempClientId, name }: { tempClientId: string; name: string }) {
  const [opened, open, opening] = useActionState<ActionResult<unknown> | null, FormData>(openPending, null);
  const [sent, send, sending] = useActionState<ActionResult<ResumeLinkSent> | null, FormData>(sendResumeLink, null);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <form action={open} aria-label={`Open ${name}`} className="flex flex-wrap gap-2">
          <input type="hidden" name="temp_client_id" value={tempClientId} />
          <Button type="submit" name="to" value="continue" disabled={opening} size="compact">
            Continue
          </Button>
          <Button type="submit" name="to" value="handoff" variant="secondary" disabled={opening} size="compact">
            Hand off
          </Button>
          {opened && !opened.ok ? <FormStatus state={opened} className="basis-full" /> : null}
        </form>
        <form action={send} aria-label={`Send resume link to ${name}`}>
          <input type="hidden" name="temp_client_id" value={tempClientId} />
          <input type="hidden" name="channel" value="both" />
          <Button type="submit" variant="secondary" disabled={sending} size="compact">
            {sending ? 'Sending…' : 'Send resume link'}
          </Button>
          {sent && !sent.ok ? <FormStatus state={sent} className="mt-2" /> : null}
        </form>
      </div>
      <div aria-live="polite">
        {sent?.ok ? (
          <p className="rounded-md border border-success px-3 py-2 text-sm text-success">
            {sent.message} It works until {until.format(new Date(sent.data.expiresAt))}.
            {sent.data.sandbox && sent.data.inboxTo ? (
              <>
                {' '}
                Sandbox mode: it is in the{' '}
                <Link className="underline" href={`/sandbox/inbox?to=${encodeURIComponent(sent.data.inboxTo)}`}>
                  sandbox inbox
                </Link>
                .
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}
