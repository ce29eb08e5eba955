'use client';

import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A step's heading and body. The heading takes focus when the step changes, so keyboard
 * and screen-reader users start at the new step instead of the top of the page.
 */
export function StepFrame({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Not on first load: the page heading comes first then.
    if (document.activeElement && document.activeElement !== document.body) ref.current?.focus();
  }, []);
  return (
    <section aria-labelledby="step-title" className="space-y-4">
      <h2 id="step-title" ref={ref} tabIndex={-1} className="text-xl font-semibold outline-none">
        {title}
      </h2>
      {intro ? <div className="text-sm text-fg-muted">{intro}</div> : null}
      {children}
    </section>
  );
}

/** A finished step seen again: what was recorded, and that it can no longer change. */
export function DoneNote({ children, note }: { children: ReactNode; note?: string }) {
  return (
    <div className="space-y-2 rounded-md border border-success px-3 py-2 text-sm">
      <p className="text-success">{children}</p>
      {note ? <p className="text-fg-muted">{note}</p> : null}
    </div>
  );
}
