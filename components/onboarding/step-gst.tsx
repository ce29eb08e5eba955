'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { checkGstin } from '@/lib/onboarding/validate';
import { useI18n } from './i18n';
import { DoneNote, StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';
import { useWizard } from './wizard-context';

export function StepGst({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const { view, panTyped, run } = useWizard();
  const f = useStepForm({ gst_num: view?.progress.gst_num ?? '' });
  const [skipping, setSkipping] = useState(false);
  const p = view?.progress;
  const summary = p?.gst_num
    ? t('gst.doneNum', { gst: p.gst_num, state: view?.gstState ?? '' })
    : p?.gst_skipped
      ? t('gst.doneSkipped')
      : null;
  if (!editable) {
    return (
      <StepFrame title={t('steps.gst')}>
        <DoneNote note={t('common.stepDone')}>{summary}</DoneNote>
      </StepFrame>
    );
  }
  const pan = { full: panTyped, masked: p?.pan_masked ?? null };
  return (
    <StepFrame title={t('steps.gst')} intro={t('gst.intro')}>
      {summary ? <DoneNote note={t('gst.changeNote')}>{summary}</DoneNote> : null}
      <form
        ref={f.formRef}
        noValidate
        className="space-y-4"
        onSubmit={f.onSubmit(() =>
          f.submit('verify_gst', (v) => checkGstin(v, pan), panTyped ? { pan: panTyped } : {}),
        )}
      >
        <TextField
          name="gst_num"
          label={t('gst.number')}
          hint={t('gst.hint')}
          value={f.values.gst_num}
          onChange={(e) => f.set('gst_num', e.target.value.toUpperCase())}
          errors={f.errors.gst_num}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={17}
          className="max-w-72"
        />
        <FormStatus state={f.status} />
        <Button type="submit" disabled={f.pending || skipping}>
          {f.pending ? t('common.working') : t('gst.submit')}
        </Button>
      </form>
      <div className="space-y-2 border-t border-line pt-4">
        <p className="text-sm text-fg-muted">{t('gst.skipIntro')}</p>
        <Button
          variant="secondary"
          disabled={f.pending || skipping}
          onClick={async () => {
            setSkipping(true);
            f.setStatus(null);
            try {
              const res = await run('skip_gst');
              if (!res.ok) f.setStatus({ ok: false, message: res.message });
            } finally {
              setSkipping(false);
            }
          }}
        >
          {skipping ? t('common.working') : t('gst.skip')}
        </Button>
      </div>
    </StepFrame>
  );
}
