'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import { createHandoffLink, type HandoffLink } from '@/lib/pending/actions';

const until = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Kolkata' });

/** Makes the link (on request: each one replaces the last), then shows it as a QR code. */
export function HandoffPanel({ draftId }: { draftId: string }) {
  const [state, action, pending] = useActionState<ActionResult<HandoffLink> | null, FormData>(createHandoffLink, null);
  const link = state?.ok ? state.data : null;
  return (
    <div className="space-y-6">
      <form action={action} aria-label="Create hand-off link" className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <input type="hidden" name="draft_id" value={draftId} />
        <SelectField name="channel" label="Also send the link by" defaultValue="mobile" className="sm:w-64">
          <option value="mobile">SMS to their mobile</option>
          <option value="email">Email</option>
          <option value="both">SMS and email</option>
        </SelectField>
        <Button type="submit" disabled={pending}>
          {pending ? 'Creating…' : link ? 'Make a new link' : 'Create link and QR code'}
        </Button>
        <FormStatus state={state && !state.ok ? state : null} className="sm:basis-full" />
      </form>
      {link ? <HandoffResult link={link} /> : null}
    </div>
  );
}

function HandoffResult({ link }: { link: HandoffLink }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section aria-label="Hand-off link" className="grid gap-6 sm:grid-cols-[auto_1fr] sm:items-start">
      {/* biome-ignore lint/performance/noImgElement: a generated SVG data URL; next/image adds nothing */}
      <img
        src={link.qrDataUrl}
        alt="QR code that opens the hand-off link"
        width={224}
        height={224}
        className="rounded-md border border-line bg-white"
      />
      <div className="min-w-0 space-y-3">
        <p className="text-sm">Ask the client to scan the code with their phone camera, or share the link.</p>
        <div className="space-y-1">
          <label htmlFor="handoff-url" className="block text-sm font-medium">
            Link
          </label>
          <div className="flex gap-2">
            <input
              id="handoff-url"
              readOnly
              value={link.url}
              className="block w-full min-w-0 rounded-md border border-line bg-surface-muted px-3 py-2 font-mono text-xs"
            />
            <Button variant="secondary" onClick={copy}>
              Copy link
            </Button>
          </div>
          <p aria-live="polite" className="text-sm text-fg-muted">
            {copied === 'yes'
              ? 'Copied.'
              : copied === 'failed'
                ? 'Copying is blocked here: select the link and copy it.'
                : ''}
          </p>
        </div>
        <p className="text-sm">
          Expires <time dateTime={link.expiresAt}>{until.format(new Date(link.expiresAt))}</time>. A new link replaces
          this one.
        </p>
        {link.sentTo.length > 0 ? (
          <p className="text-sm text-fg-muted">
            Also sent to {link.sentTo.join(' and ')}
            {link.sandbox ? (
              <>
                {' '}
                (sandbox:{' '}
                <Link className="underline" href={`/sandbox/inbox?to=${encodeURIComponent(link.sentTo[0])}`}>
                  see the sandbox inbox
                </Link>
                )
              </>
            ) : null}
            .
          </p>
        ) : null}
      </div>
    </section>
  );
}
