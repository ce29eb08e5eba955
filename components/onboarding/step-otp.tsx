'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { checkOtp } from '@/lib/onboarding/validate';
import { useI18n } from './i18n';
import { OtpInput } from './otp-input';
import { DoneNote, StepFrame } from './step-frame';
import { useCountdown } from './use-countdown';
import { useStepForm } from './use-step-form';
import { useWizard } from './wizard-context';

export function StepOtp({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const { view } = useWizard();
  const pathname = usePathname();
  const f = useStepForm({ emailotp: '', mobileotp: '' });
  if (!editable) {
    return (
      <StepFrame title={t('steps.otp')}>
        <DoneNote note={t('common.stepDone')}>{t('otp.done')}</DoneNote>
      </StepFrame>
    );
  }
  return (
    <StepFrame title={t('steps.otp')} intro={t('otp.intro', { email: view?.email ?? '', mobile: view?.mobile ?? '' })}>
      <form
        ref={f.formRef}
        noValidate
        className="space-y-4"
        onSubmit={f.onSubmit(() => f.submit('verify_otp', (v) => checkOtp(v, ['emailotp', 'mobileotp'])))}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-2">
            <OtpInput
              name="emailotp"
              label={t('otp.email')}
              value={f.values.emailotp}
              onChange={(v) => f.set('emailotp', v)}
              errors={f.errors.emailotp}
            />
            <ResendButton channel="email" onResult={f.setStatus} />
          </div>
          <div className="space-y-2">
            <OtpInput
              name="mobileotp"
              label={t('otp.mobile')}
              value={f.values.mobileotp}
              onChange={(v) => f.set('mobileotp', v)}
              errors={f.errors.mobileotp}
            />
            <ResendButton channel="mobile" onResult={f.setStatus} />
          </div>
        </div>
        <FormStatus state={f.status} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={f.pending}>
            {f.pending ? t('common.working') : t('otp.submit')}
          </Button>
          <Link href={`${pathname}?step=account`} className={buttonClass('secondary')} scroll={false}>
            {t('otp.changeDetails')}
          </Link>
        </div>
      </form>
    </StepFrame>
  );
}

/** Resend for one channel, disabled with a visible countdown while the cooldown runs. */
export function ResendButton({
  channel,
  onResult,
}: {
  channel: 'email' | 'mobile';
  onResult: (s: { ok: boolean; message?: string }) => void;
}) {
  const { t } = useI18n();
  const { run, cooldowns, setCooldown } = useWizard();
  const left = useCountdown(cooldowns[channel]);
  const [pending, setPending] = useState(false);
  const label = channel === 'email' ? t('otp.resendEmail') : t('otp.resendMobile');
  return (
    <div className="space-y-1">
      <Button
        variant="secondary"
        disabled={pending || left > 0}
        aria-describedby={left > 0 ? `resend-${channel}-wait` : undefined}
        onClick={async () => {
          setPending(true);
          try {
            const res = await run('resend_otp', { channel }, { stay: true });
            if (res.ok) {
              setCooldown(channel, Number(res.data?.resendAfterS ?? 30));
              onResult({ ok: true, message: t('otp.resent') });
            } else {
              if (res.detail?.resendAfterS) setCooldown(channel, res.detail.resendAfterS);
              onResult({ ok: false, message: res.message });
            }
          } finally {
            setPending(false);
          }
        }}
      >
        {label}
      </Button>
      {left > 0 ? (
        <p id={`resend-${channel}-wait`} className="text-xs text-fg-muted">
          {t('otp.resendIn', { s: left })}
        </p>
      ) : null}
    </div>
  );
}
