'use client';

import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { StepResult } from '@/lib/onboarding/result';
import { type Problems, toFieldErrors } from '@/lib/onboarding/validate';
import type { Op } from '@/lib/onboarding/wizard';
import { useI18n } from './i18n';
import { useWizard } from './wizard-context';

export type Status = { ok: boolean; message?: string } | null;

/**
 * One step's form: controlled values (kept after any error, server errors included), the
 * shared checks before the upstream call, field errors and the status line, and focus on
 * the first invalid field so keyboard and screen-reader users land where the problem is.
 */
export function useStepForm(initial: Record<string, string>) {
  const { t } = useI18n();
  const { run } = useWizard();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState(false);
  const [last, setLast] = useState<StepResult | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const set = useCallback((name: string, value: string) => setValues((v) => ({ ...v, [name]: value })), []);

  const focusFirstInvalid = useCallback(
    () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()),
    [],
  );

  const submit = useCallback(
    async (
      op: Op,
      check?: (v: Record<string, string>) => Problems,
      extra: Record<string, string> = {},
      opts?: { stay?: boolean },
    ) => {
      const problems = check ? check(values) : {};
      if (Object.keys(problems).length > 0) {
        setErrors(toFieldErrors(problems, t));
        setStatus({ ok: false, message: t('err.check') });
        focusFirstInvalid();
        return null;
      }
      setPending(true);
      setStatus(null);
      try {
        const res = await run(op, { ...values, ...extra }, opts);
        setLast(res);
        if (res.ok) {
          setErrors({});
          if (res.message) setStatus({ ok: true, message: res.message });
        } else {
          setErrors(res.fieldErrors ?? {});
          setStatus({ ok: false, message: res.message });
          focusFirstInvalid();
        }
        return res;
      } catch {
        // The action itself could not be reached (offline, server restarting).
        setStatus({ ok: false, message: t('err.upstream') });
        return null;
      } finally {
        setPending(false);
      }
    },
    [values, run, t, focusFirstInvalid],
  );

  const onSubmit = (fn: () => void) => (e: FormEvent) => {
    e.preventDefault();
    fn();
  };

  return { values, set, errors, setErrors, status, setStatus, pending, submit, onSubmit, formRef, last };
}
