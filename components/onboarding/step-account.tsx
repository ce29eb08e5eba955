'use client';

import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { checkAccount } from '@/lib/onboarding/validate';
import { useI18n } from './i18n';
import { DoneNote, StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';
import { useWizard } from './wizard-context';

export function StepAccount({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const { mode, view, setCooldown } = useWizard();
  // Staff never choose the client's password: the client sets it when signing on their device.
  const staff = mode === 'staff';
  const f = useStepForm({
    name: view?.name ?? '',
    email: '',
    mobile: '',
    password: '',
    confirmPassword: '',
    promo: view?.promo ?? '',
  });
  if (!editable && view) {
    return (
      <StepFrame title={t('steps.account')}>
        <DoneNote note={t('common.stepDone')}>
          {t('account.done', { name: view.name ?? '', email: view.email ?? '', mobile: view.mobile ?? '' })}
        </DoneNote>
      </StepFrame>
    );
  }
  const field = (name: string) => ({
    name,
    value: f.values[name] ?? '',
    onChange: (e: { target: { value: string } }) => f.set(name, e.target.value),
    errors: f.errors[name],
  });
  return (
    <StepFrame title={t('steps.account')} intro={view?.progress.request_id ? t('account.restartNote') : undefined}>
      <form
        ref={f.formRef}
        noValidate
        className="space-y-4"
        onSubmit={f.onSubmit(async () => {
          const res = await f.submit('start', (v) => checkAccount(v, { requirePassword: !staff }));
          // Both codes were just sent: the API refuses another for 30 s, so count down from now.
          if (res?.ok) {
            setCooldown('email', 30);
            setCooldown('mobile', 30);
          }
        })}
      >
        <TextField {...field('name')} label={t('account.name')} autoComplete="name" required maxLength={100} />
        <TextField {...field('email')} label={t('account.email')} type="email" autoComplete="email" required />
        <TextField
          {...field('mobile')}
          label={t('account.mobile')}
          hint={t('account.mobileHint')}
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
          required
        />
        {staff ? (
          <p className="text-sm text-fg-muted">
            The client chooses their own password on their device when they sign: you never set or see it.
          </p>
        ) : (
          <>
            <TextField
              {...field('password')}
              label={t('account.password')}
              hint={t('account.passwordHint')}
              type="password"
              autoComplete="new-password"
              required
            />
            <TextField
              {...field('confirmPassword')}
              label={t('account.confirm')}
              type="password"
              autoComplete="new-password"
              required
            />
          </>
        )}
        <TextField {...field('promo')} label={t('account.promo')} autoComplete="off" maxLength={40} />
        <FormStatus state={f.status} />
        <Button type="submit" disabled={f.pending} className="w-full sm:w-auto">
          {f.pending ? t('common.working') : t('account.submit')}
        </Button>
      </form>
    </StepFrame>
  );
}
