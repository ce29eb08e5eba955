import { Suspense } from 'react';
import { Toaster } from '@/components/ui/toaster';
import { TopProgress } from './top-progress';

/** Feedback every shell shows: the top progress bar and the one toast region. */
export function ShellFeedback() {
  return (
    <>
      {/* useSearchParams needs a Suspense boundary; the bar is nothing until something loads. */}
      <Suspense fallback={null}>
        <TopProgress />
      </Suspense>
      <Toaster />
    </>
  );
}
