'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Button, buttonClass } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { checkOtp } from '@/lib/onboarding/validate';
import { useI18n } from './i18n';
import { OtpInput } from './otp-input';
import { DoneNote, StepFrame } from './step-frame';
import { useCountdown } from './use-countdown';
import { useStepForm } from './use-step-form';
import { useWizard } from './wizard-context';

export function StepAadhaarVerify({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const { view, cooldowns } = useWizard();
  const pathname = usePathname();
  const left = useCountdown(cooldowns.aadhaar);
  const f = useStepForm({ otp: '' });
  const last4 = view?.aadhaarLast4 ?? '';
  if (!editable) {
    return (
      <StepFrame title={t('steps.aadhaar_verify')}>
        <DoneNote note={t('common.stepDone')}>{t('aadhaar.done', { last4 })}</DoneNote>
      </StepFrame>
    );
  }
  return (
    <StepFrame title={t('steps.aadhaar_verify')} intro={t('aadhaarVerify.intro', { last4 })}>
      <form
        ref={f.formRef}
        noValidate
        className="space-y-4"
        onSubmit={f.onSubmit(() => f.submit('aadhaar_verify', (v) => checkOtp(v, ['otp'])))}
      >
        <OtpInput
          name="otp"
          label={t('aadhaarVerify.otp')}
          value={f.values.otp}
          onChange={(v) => f.set('otp', v)}
          errors={f.errors.otp}
        />
        <FormStatus state={f.status} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={f.pending}>
            {f.pending ? t('common.working') : t('aadhaarVerify.submit')}
          </Button>
          {/* A new code needs the Aadhaar number again (it is not kept), so this goes back a step. */}
          <Link href={`${pathname}?step=aadhaar`} className={buttonClass('secondary')} scroll={false}>
            {t('aadhaarVerify.resend')}
          </Link>
        </div>
        {left > 0 ? <p className="text-xs text-fg-muted">{t('otp.resendIn', { s: left })}</p> : null}
      </form>
    </StepFrame>
  );
}
