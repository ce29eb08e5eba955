import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cn } from './cn';

/** The look of every text-like control; invalid controls get the danger border. */
export const CONTROL =
  'block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm text-fg placeholder:text-fg-muted aria-[invalid=true]:border-danger';

type FieldProps = {
  /** Name of the form field; also the key of its errors. */
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
};

/** The attributes that tie a control to its label, hint and errors. */
export type FieldControlProps = {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

function controlProps(name: string, id: string | undefined, hint: ReactNode, errors?: string[]): FieldControlProps {
  const fid = id ?? `f-${name}`;
  const describedBy = [hint ? `${fid}-hint` : null, errors?.length ? `${fid}-error` : null].filter(Boolean).join(' ');
  return {
    id: fid,
    name,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
}

/**
 * The one field wrapper: a label, the control, its hint and errors wired through
 * aria-describedby, so screen readers announce what is wrong with the field when it takes
 * focus. For a custom control pass a function: it receives the id/name/aria props to spread.
 */
export function Field({
  name,
  label,
  hint,
  errors,
  id,
  className,
  children,
}: FieldProps & { id?: string; className?: string; children: (control: FieldControlProps) => ReactNode }) {
  const control = controlProps(name, id, hint, errors);
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={control.id} className="block text-sm font-medium">
        {label}
      </label>
      {children(control)}
      <FieldMessages fid={control.id} hint={hint} errors={errors} />
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  errors,
  className,
  id,
  ...props
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} id={id} className={className}>
      {(control) => <input {...control} className={CONTROL} {...props} />}
    </Field>
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
  return (
    <Field name={name} label={label} hint={hint} errors={errors} id={id} className={className}>
      {(control) => (
        <select {...control} className={CONTROL} {...props}>
          {children}
        </select>
      )}
    </Field>
  );
}

export function TextareaField({
  name,
  label,
  hint,
  errors,
  className,
  id,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field name={name} label={label} hint={hint} errors={errors} id={id} className={className}>
      {(control) => <textarea {...control} className={CONTROL} {...props} />}
    </Field>
  );
}

/** A checkbox with its label beside it (not above), hint and errors below. */
export function CheckboxField({
  name,
  label,
  hint,
  errors,
  className,
  id,
  ...props
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const control = controlProps(name, id, hint, errors);
  return (
    <div className={cn('space-y-1', className)}>
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          {...control}
          className="mt-0.5 size-4 shrink-0 accent-[var(--brand)] aria-[invalid=true]:outline-danger"
          {...props}
        />
        <label htmlFor={control.id} className="text-sm font-medium">
          {label}
        </label>
      </div>
      <FieldMessages fid={control.id} hint={hint} errors={errors} />
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
