'use client';

import { ErrorPanel } from '@/components/shell/error-panel';

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="p-4 sm:p-10">
      <ErrorPanel digest={error.digest} reset={reset} />
    </main>
  );
}
