'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { AttemptStatus, useExactlyOnce } from '@/components/exactly-once/use-exactly-once';
import { Button, buttonClass } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { addClientCredits } from '@/lib/wallet/actions';
import type { CreditOffer } from '@/lib/wallet/offer';

export type { CreditOffer } from '@/lib/wallet/offer';

/**
 * The add-credits confirmation. Its idempotency key was minted when it opened (it is in the
 * URL, so a reload or a duplicated tab carries the same one): however often this form is
 * sent, the client is credited at most once.
 */
export function CreditDialog({
  clientId,
  idemKey,
  offer: offerNow,
  closeHref,
  restartHref,
  clientName,
}: {
  clientName?: string;
  clientId: string;
  idemKey: string;
  offer: CreditOffer;
  closeHref: string;
  restartHref: string;
}) {
  const router = useRouter();
  // Keep showing what was confirmed while the page behind refreshes with the new balance.
  const [offer] = useState(offerNow);
  const { formAction, formRef, sending, pending, done, failed, message } = useExactlyOnce(addClientCredits);
  const validityOnly = offer.amount === null;
  const verb = validityOnly ? `Extend validity to ${offer.validTill}` : `Add ${offer.amountText}`;

  return (
    <Dialog
      title={`${verb}${clientName ? ` for ${clientName}` : ''}?`}
      onClose={() => router.push(closeHref, { scroll: false })}
    >
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        <dt className="text-fg-muted">Amount</dt>
        <dd className="tabular-nums">{offer.amountText}</dd>
        <dt className="text-fg-muted">Current balance</dt>
        <dd className="tabular-nums">{offer.balanceText}</dd>
        <dt className="text-fg-muted">Balance after</dt>
        <dd className="tabular-nums font-semibold">{offer.afterText}</dd>
        <dt className="text-fg-muted">Validity after</dt>
        <dd>{offer.validityText}</dd>
      </dl>
      <form ref={formRef} action={formAction} aria-label="Confirm credit" className="mt-4 space-y-3">
        <input type="hidden" name="client_id" value={clientId} />
        <input type="hidden" name="amount" value={offer.amount ?? ''} />
        <input type="hidden" name="valid_till" value={offer.validTill ?? ''} />
        <input type="hidden" name="key" value={idemKey} />
        <AttemptStatus pending={pending} done={done} message={message} />
        {failed ? (
          <div role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
            <p>{failed.message}</p>
            {Object.entries(failed.fieldErrors ?? {})
              .filter(([k]) => k !== 'client_id')
              .map(([k, v]) => (
                <p key={k}>{v.join(' ')}</p>
              ))}
          </div>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          {done ? null : failed ? (
            <Link href={restartHref} className={buttonClass('primary')} scroll={false}>
              Start again
            </Link>
          ) : (
            <Button type="submit" disabled={sending || pending}>
              {sending && !pending ? 'Sending…' : pending ? 'Confirming…' : verb}
            </Button>
          )}
          <Link href={closeHref} scroll={false} className={buttonClass(done ? 'primary' : 'secondary')}>
            {done || failed ? 'Close' : 'Cancel'}
          </Link>
        </div>
      </form>
    </Dialog>
  );
}
