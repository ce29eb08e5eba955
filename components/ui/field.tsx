import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { cn } from './cn';

const CONTROL =
  'block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-fg placeholder:text-fg-muted aria-[invalid=true]:border-danger';

type FieldProps = {
  /** Name of the form field; also the key of its errors. */
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
};

/**
 * A labelled control with its hint and errors wired through aria-describedby, so screen
 * readers announce what is wrong with the field when it takes focus.
 */
export function TextField({
  name,
  label,
  hint,
  errors,
  className,
  id,
  ...props
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const fid = id ?? `f-${name}`;
  const describedBy = [hint ? `${fid}-hint` : null, errors?.length ? `${fid}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={fid} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={fid}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={CONTROL}
        {...props}
      />
      <FieldMessages fid={fid} hint={hint} errors={errors} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  errors,
  className,
  id,
  children,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const fid = id ?? `f-${name}`;
  const describedBy = [hint ? `${fid}-hint` : null, errors?.length ? `${fid}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={fid} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={fid}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={CONTROL}
        {...props}
      >
        {children}
      </select>
      <FieldMessages fid={fid} hint={hint} errors={errors} />
    </div>
  );
}

function FieldMessages({ fid, hint, errors }: { fid: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${fid}-hint`} className="text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${fid}-error`} className="text-sm text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}
