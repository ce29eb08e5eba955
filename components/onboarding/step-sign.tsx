'use client';

import { useRef } from 'react';
import { HandoffPanel } from '@/components/pending/handoff-panel';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { checkSign } from '@/lib/onboarding/validate';
import { useI18n } from './i18n';
import { SignatureField, type SignatureHandle } from './signature-field';
import { StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';
import { useWizard } from './wizard-context';

export function StepSign() {
  const { mode, view } = useWizard();
  // Consent and the signature are the client's own: staff hand off here, never sign for them
  // (the server refuses a staff accept too).
  if (mode === 'staff' && view) return <StaffHandoff draftId={view.id} />;
  return <ClientSign />;
}

function StaffHandoff({ draftId }: { draftId: string }) {
  const { t } = useI18n();
  return (
    <StepFrame title={t('steps.sign')}>
      <div className="space-y-4">
        <p className="text-sm">
          The client signs and accepts the terms on their own device, and chooses their password there. Give them the
          link: they scan the QR code or open the link sent by SMS or email, and finish this step themselves.
        </p>
        <HandoffPanel draftId={draftId} />
      </div>
    </StepFrame>
  );
}

function ClientSign() {
  const { t } = useI18n();
  const { view, brand } = useWizard();
  const sig = useRef<SignatureHandle>(null);
  const f = useStepForm({ terms: '', password: '', confirmPassword: '' });
  const needsPassword = view ? !view.hasPassword : false;
  const hasSaved = view?.hasSignature ?? false;
  const termsError = f.errors.terms;

  return (
    <StepFrame title={t('steps.sign')} intro={t('sign.intro', { brand: brand.name })}>
      <form
        ref={f.formRef}
        noValidate
        className="space-y-5"
        onSubmit={f.onSubmit(() => {
          const signature = sig.current?.toPng() ?? '';
          f.submit('accept', (v) => checkSign({ ...v, signature }, { hasSavedSignature: hasSaved, needsPassword }), {
            signature,
          });
        })}
      >
        {hasSaved ? <p className="text-sm text-fg-muted">{t('sign.saved')}</p> : null}
        <SignatureField ref={sig} errors={f.errors.signature} />
        {needsPassword ? (
          <div className="space-y-4">
            <p className="text-sm">{t('sign.passwordNote')}</p>
            <TextField
              name="password"
              label={t('account.password')}
              hint={t('account.passwordHint')}
              type="password"
              autoComplete="new-password"
              value={f.values.password}
              onChange={(e) => f.set('password', e.target.value)}
              errors={f.errors.password}
            />
            <TextField
              name="confirmPassword"
              label={t('account.confirm')}
              type="password"
              autoComplete="new-password"
              value={f.values.confirmPassword}
              onChange={(e) => f.set('confirmPassword', e.target.value)}
              errors={f.errors.confirmPassword}
            />
          </div>
        ) : null}
        <div className="space-y-1">
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="terms"
              className="mt-1"
              checked={f.values.terms === 'on'}
              onChange={(e) => f.set('terms', e.target.checked ? 'on' : '')}
              aria-invalid={termsError ? true : undefined}
              aria-describedby={termsError ? 'terms-error' : undefined}
            />
            <span>
              {brand.termsUrl ? (
                <>
                  {t('sign.termsBefore')}{' '}
                  <a href={brand.termsUrl} target="_blank" rel="noopener noreferrer" className="underline">
                    {t('sign.termsLink')}
                  </a>{' '}
                  {t('sign.termsAfter', { brand: brand.name })}
                </>
              ) : (
                t('sign.termsPlain', { brand: brand.name })
              )}
            </span>
          </label>
          {termsError ? (
            <p id="terms-error" className="text-sm text-danger">
              {termsError.join(' ')}
            </p>
          ) : null}
        </div>
        <FormStatus state={f.status} />
        <Button type="submit" disabled={f.pending} className="w-full sm:w-auto">
          {f.pending ? t('common.working') : t('sign.submit')}
        </Button>
      </form>
    </StepFrame>
  );
}
