'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { testPartnerConnection } from '@/lib/explorer/actions';

export function TestConnection() {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await testPartnerConnection({});
            setResult(r.ok ? { ok: r.data.ok, message: r.data.message } : { ok: false, message: r.message });
          })
        }
      >
        {pending ? 'Testing…' : 'Test connection'}
      </Button>
      <p
        aria-live="polite"
        className={result ? (result.ok ? 'text-sm text-success' : 'text-sm text-danger') : 'sr-only'}
      >
        {result?.message ?? ''}
      </p>
    </div>
  );
}
