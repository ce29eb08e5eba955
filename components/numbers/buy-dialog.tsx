'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { AttemptStatus, useExactlyOnce } from '@/components/exactly-once/use-exactly-once';
import { Button, buttonClass } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { buyNumber } from '@/lib/numbers/actions';

export type BuyOffer = {
  number: string;
  region: string | null;
  setupText: string;
  monthlyText: string;
  balanceText: string;
  afterText: string;
  /** The balance does not cover the setup cost. */
  short: boolean;
};

/**
 * The purchase confirmation. Its idempotency key was minted when it opened (it is in the URL,
 * so a reload or a duplicated tab carries the same one): however often this form is sent,
 * the number is bought at most once.
 */
export function BuyDialog({
  clientId,
  idemKey,
  offer: offerNow,
  number,
  closeHref,
  numbersHref,
  addCreditsHref,
  restartHref,
}: {
  clientId: string;
  idemKey: string;
  offer: BuyOffer | null;
  number: string;
  closeHref: string;
  numbersHref: string;
  addCreditsHref: string;
  restartHref: string;
}) {
  const router = useRouter();
  // Keep showing what was confirmed after the purchase takes the number off the market.
  const [offer] = useState(offerNow);
  const { state, formAction, formRef, sending, pending, done, failed, message } = useExactlyOnce(buyNumber);
  const sold = !!failed?.fieldErrors?.number;
  const short = !!failed?.fieldErrors?.balance;

  useEffect(() => {
    // Sold meanwhile: refresh the results behind the dialog so it is no longer offered.
    if (sold) router.refresh();
  }, [sold, router]);

  const close = () => router.push(closeHref, { scroll: false });

  return (
    <Dialog title={`Buy ${number}?`} onClose={close}>
      {offer ? (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
          <dt className="text-fg-muted">Number</dt>
          <dd className="font-mono">{offer.number}</dd>
          {offer.region ? (
            <>
              <dt className="text-fg-muted">Region</dt>
              <dd>{offer.region}</dd>
            </>
          ) : null}
          <dt className="text-fg-muted">Setup (charged now)</dt>
          <dd className="tabular-nums">{offer.setupText}</dd>
          <dt className="text-fg-muted">Monthly</dt>
          <dd className="tabular-nums">{offer.monthlyText}</dd>
          <dt className="text-fg-muted">Current balance</dt>
          <dd className="tabular-nums">{offer.balanceText}</dd>
          <dt className="text-fg-muted">Balance after</dt>
          <dd className={offer.short ? 'tabular-nums font-semibold text-danger' : 'tabular-nums font-semibold'}>
            {offer.afterText}
          </dd>
        </dl>
      ) : !state ? (
        <p className="text-sm">This number is no longer offered by this search: it may have been sold meanwhile.</p>
      ) : null}
      {offer?.short && !state ? (
        <p className="mt-3 text-sm text-danger">
          The balance does not cover the setup cost.{' '}
          <Link href={addCreditsHref} className="underline underline-offset-2">
            Add credits
          </Link>{' '}
          first, or buy anyway if credits were added elsewhere.
        </p>
      ) : null}

      <form ref={formRef} action={formAction} aria-label="Confirm purchase" className="mt-4 space-y-3">
        <input type="hidden" name="client_id" value={clientId} />
        <input type="hidden" name="number" value={number} />
        <input type="hidden" name="key" value={idemKey} />
        <AttemptStatus pending={pending} done={done} message={message} />
        {failed ? (
          <div role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
            <p>{failed.message}</p>
            {short ? (
              <p className="mt-1">
                <Link href={addCreditsHref} className="font-medium underline underline-offset-2">
                  Add credits to this client
                </Link>
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          {done ? (
            <Link href={numbersHref} className={buttonClass('primary')}>
              See the client&apos;s numbers
            </Link>
          ) : failed && !sold ? (
            <Link href={restartHref} className={buttonClass('primary')} scroll={false}>
              Start again
            </Link>
          ) : !failed && (offer || pending) ? (
            <Button type="submit" disabled={sending || pending}>
              {sending && !pending ? 'Buying…' : pending ? 'Confirming…' : `Buy for ${offer?.setupText ?? ''}`}
            </Button>
          ) : null}
          <Link href={closeHref} scroll={false} className={buttonClass('secondary')}>
            {done || failed ? 'Close' : 'Cancel'}
          </Link>
        </div>
      </form>
    </Dialog>
  );
}
