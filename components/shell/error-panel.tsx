'use client';

import { Button } from '@/components/ui/button';

/**
 * What a page shows when it could not be rendered. In production the cause is not sent to
 * the browser (only a digest, which the server log carries too), so the text says what is
 * most likely and what to do; the reference lets support find the logged cause.
 */
export function ErrorPanel({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-line bg-surface p-6">
      <h1 className="text-xl font-semibold">This page could not be loaded</h1>
      <p className="mt-2 text-sm text-fg-muted">
        The telephony provider may not be answering, or something went wrong on our side. Nothing you typed elsewhere is
        lost. Try again in a moment; if it keeps happening, contact support
        {digest ? (
          <>
            {' '}
            and quote reference <span className="font-mono">{digest}</span>
          </>
        ) : null}
        .
      </p>
      <Button className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
