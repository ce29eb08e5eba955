'use client';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { checkAadhaar } from '@/lib/onboarding/validate';
import { useI18n } from './i18n';
import { DoneNote, StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';
import { useWizard } from './wizard-context';

/** Aadhaar number → code to the linked mobile. The number never leaves this request. */
export function StepAadhaar({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const { view, setCooldown } = useWizard();
  const f = useStepForm({ aadhaar: '' });
  if (!editable) {
    return (
      <StepFrame title={t('steps.aadhaar')}>
        <DoneNote note={t('common.stepDone')}>{t('aadhaar.done', { last4: view?.aadhaarLast4 ?? '' })}</DoneNote>
      </StepFrame>
    );
  }
  const requested = view?.progress.aadhaar_ref !== null && view?.aadhaarLast4;
  return (
    <StepFrame title={t('steps.aadhaar')} intro={t('aadhaar.intro')}>
      {requested ? <p className="text-sm">{t('aadhaar.requested', { last4: view?.aadhaarLast4 ?? '' })}</p> : null}
      <form
        ref={f.formRef}
        noValidate
        className="space-y-4"
        onSubmit={f.onSubmit(async () => {
          const res = await f.submit('aadhaar_otp', checkAadhaar);
          if (res?.ok) setCooldown('aadhaar', Number(res.data?.resendAfterS ?? 30));
          else if (res && !res.ok && res.detail?.resendAfterS) setCooldown('aadhaar', res.detail.resendAfterS);
        })}
      >
        <TextField
          name="aadhaar"
          label={t('aadhaar.number')}
          hint={t('aadhaar.hint')}
          value={f.values.aadhaar}
          onChange={(e) => f.set('aadhaar', e.target.value.replace(/[^\d\s]/g, '').slice(0, 14))}
          errors={f.errors.aadhaar}
          inputMode="numeric"
          autoComplete="off"
          maxLength={14}
          className="max-w-64"
          required
        />
        <FormStatus state={f.status} />
        <Button type="submit" disabled={f.pending}>
          {f.pending ? t('common.working') : t('aadhaar.submit')}
        </Button>
      </form>
    </StepFrame>
  );
}
