'use client';

import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from './i18n';
import { StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';
import { useWizard } from './wizard-context';

type Preview = {
  name: string;
  email: string;
  mobile: string;
  pan?: { pan_masked: string; name_on_pan: string; btype: string } | null;
  aadhaar?: { aadhaar_last4: string } | null;
  gst?: { gst_num?: string; state?: string; skipped?: boolean } | null;
  missing: string[];
};

const gstText = (g: Preview['gst']) => (g?.gst_num ? `${g.gst_num}${g.state ? ` (${g.state})` : ''}` : '—');

/** The API's own view of the registration (preview_kyc), PAN and Aadhaar masked. */
export function StepReview({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const { run } = useWizard();
  const f = useStepForm({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    const res = await run('preview', {}, { stay: true });
    if (res.ok) setPreview(res.data?.preview as Preview);
    else setLoadError(res.message);
  }, [run]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per visit of the step
  useEffect(() => {
    void load();
  }, []);

  const rows: [string, string][] = preview
    ? [
        [t('review.name'), preview.name],
        [t('review.email'), preview.email],
        [t('review.mobile'), preview.mobile],
        [t('review.btype'), preview.pan ? t(`btype.${preview.pan.btype}` as MessageKey) : '—'],
        [t('review.pan'), preview.pan?.pan_masked ?? '—'],
        [t('review.panName'), preview.pan?.name_on_pan ?? '—'],
        [
          t('review.aadhaar'),
          preview.aadhaar ? t('review.aadhaarValue', { last4: preview.aadhaar.aadhaar_last4 }) : '—',
        ],
        [t('review.gst'), preview.gst?.skipped ? t('review.gstSkipped') : gstText(preview.gst)],
      ]
    : [];

  return (
    <StepFrame title={t('steps.review')} intro={t('review.intro')}>
      {loadError ? (
        <div className="space-y-2">
          <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
            {loadError}
          </p>
          <Button variant="secondary" onClick={() => void load()}>
            {t('review.retry')}
          </Button>
        </div>
      ) : !preview ? (
        <p aria-live="polite" className="text-sm text-fg-muted">
          {t('review.loading')}
        </p>
      ) : (
        <>
          <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
            {rows.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-fg-muted">{k}</dt>
                <dd className="break-all font-medium">{v}</dd>
              </div>
            ))}
          </dl>
          {preview.missing.length > 0 ? (
            <p className="text-sm text-danger">{t('review.missing', { steps: preview.missing.join(', ') })}</p>
          ) : null}
          {editable ? (
            <form
              ref={f.formRef}
              noValidate
              className="space-y-4"
              onSubmit={f.onSubmit(() => f.submit('confirm_review'))}
            >
              <FormStatus state={f.status} />
              <Button type="submit" disabled={f.pending}>
                {f.pending ? t('common.working') : t('review.confirm')}
              </Button>
            </form>
          ) : null}
        </>
      )}
    </StepFrame>
  );
}
