import { cn } from './cn';

/**
 * The outcome of a form submission. Errors use role="alert" (announced at once), success a
 * polite live region. Render it inside the <form> so tests and readers find it in context.
 */
export function FormStatus({
  state,
  className,
}: {
  state?: { ok: boolean; message?: string } | null;
  className?: string;
}) {
  if (!state?.message) return <p aria-live="polite" className="sr-only" />;
  return state.ok ? (
    <p aria-live="polite" className={cn('rounded-md border border-success px-3 py-2 text-sm text-success', className)}>
      {state.message}
    </p>
  ) : (
    <p role="alert" className={cn('rounded-md border border-danger px-3 py-2 text-sm text-danger', className)}>
      {state.message}
    </p>
  );
}
