'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** A link shown once (invite, password reset): selectable text and a copy button. */
export function OneTimeLink({ url, label }: { url: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2 rounded-md border border-line bg-surface-muted p-3">
      <p className="text-sm font-medium">{label}</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          aria-label={label}
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1 font-mono text-xs"
        />
        <Button
          size="sm"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? 'Copied' : 'Copy link'}
        </Button>
      </div>
      <p aria-live="polite" className="text-xs text-fg-muted">
        {copied ? 'Copied to the clipboard.' : 'This link is not shown again.'}
      </p>
    </div>
  );
}
