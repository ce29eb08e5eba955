'use client';

import { type ReactNode, useEffect, useId, useRef } from 'react';
import { cn } from './cn';

/**
 * A modal dialog on the native <dialog> element: focus is trapped and restored by the
 * browser, Escape closes it (calling `onClose`), and it is labelled by its title. Rendered
 * with `open` on the server it still shows (non-modal) before scripts load.
 */
export function Dialog({
  title,
  onClose,
  children,
  className,
  sheet = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** A full-height panel at the right edge instead of a centred box. */
  sheet?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (d.open) d.close();
    d.showModal();
    return () => d.close();
  }, []);
  return (
    <dialog
      ref={ref}
      open
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className={cn(
        'fixed inset-0 z-50 m-auto border border-line bg-surface p-5 text-fg shadow-xl backdrop:bg-black/50',
        sheet
          ? 'mr-0 h-dvh max-h-dvh w-[min(34rem,100vw)] overflow-y-auto rounded-none'
          : 'w-[min(32rem,calc(100vw-2rem))] rounded-lg',
        className,
      )}
    >
      <h2 id={titleId} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
