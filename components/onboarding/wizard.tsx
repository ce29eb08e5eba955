'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { buttonClass } from '@/components/ui/button';
import type { Locale, MessageKey, Messages } from '@/lib/i18n';
import { isEditable, isReachable, STEPS, type Step } from '@/lib/onboarding/steps';
import type { DraftView } from '@/lib/onboarding/view';
import { I18nProvider, useI18n } from './i18n';
import { LanguageSwitcher } from './language-switcher';
import { ProgressSteps } from './progress-steps';
import { ResumePanel } from './resume-panel';
import { StepFrame } from './step-frame';
import { type WizardMode, WizardProvider } from './wizard-context';

/*
 * Each step is its own chunk, loaded when it is reached (still rendered on the server, so the
 * first paint has the form): the first visit ships one step, not nine, and signature_pad only
 * arrives with the sign step.
 */
const StepAccount = dynamic(() => import('./step-account').then((m) => m.StepAccount));
const StepOtp = dynamic(() => import('./step-otp').then((m) => m.StepOtp));
const StepPan = dynamic(() => import('./step-pan').then((m) => m.StepPan));
const StepAadhaar = dynamic(() => import('./step-aadhaar').then((m) => m.StepAadhaar));
const StepAadhaarVerify = dynamic(() => import('./step-aadhaar-verify').then((m) => m.StepAadhaarVerify));
const StepGst = dynamic(() => import('./step-gst').then((m) => m.StepGst));
const StepReview = dynamic(() => import('./step-review').then((m) => m.StepReview));
const StepSign = dynamic(() => import('./step-sign').then((m) => m.StepSign));
const StepDone = dynamic(() => import('./step-done').then((m) => m.StepDone));

type Props = {
  mode: WizardMode;
  view: DraftView | null;
  /** The step asked for in the URL (?step=), if any. */
  requested: string | null;
  locale: Locale;
  messages: Messages;
  brand: { name: string; termsUrl: string | null };
};

/** The onboarding wizard, the same for the self-signup and the staff console. */
export function OnboardingWizard({ mode, view, requested, locale, messages, brand }: Props) {
  return (
    <I18nProvider locale={locale} messages={messages}>
      <WizardProvider mode={mode} view={view} brand={brand}>
        <div lang={locale} className="space-y-2">
          <div className="flex justify-end">
            <LanguageSwitcher />
          </div>
          <Body view={view} requested={requested} />
        </div>
      </WizardProvider>
    </I18nProvider>
  );
}

function Body({ view, requested }: { view: DraftView | null; requested: string | null }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const due: Step = view?.step ?? 'account';
  const asked = (STEPS as readonly string[]).includes(requested ?? '') ? (requested as Step) : due;
  const progress = view?.progress;
  const reachable = progress ? isReachable(asked, progress) : asked === 'account';
  // Done is final: after acceptance the outcome is all there is to show.
  const shown: Step = progress?.client_id ? 'done' : asked;
  const editable = progress ? isEditable(shown, progress) : shown === 'account';

  if (!reachable) {
    return (
      <>
        <ProgressSteps view={view} current={due} />
        <StepFrame title={t(`steps.${shown}` as MessageKey)}>
          <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
            {t('err.order', {
              detail: STEPS.slice(STEPS.indexOf(due), STEPS.indexOf(shown))
                .map((s) => t(`steps.${s}` as MessageKey))
                .join(', '),
            })}
          </p>
          <Link href={`${pathname}?step=${due}`} className={buttonClass('primary')} scroll={false}>
            {t('common.goCurrent')}
          </Link>
        </StepFrame>
      </>
    );
  }

  return (
    <>
      <ProgressSteps view={view} current={shown} />
      {/* key: a fresh form per step, so values typed for one step never leak into another. */}
      <div key={shown}>
        {shown === 'account' && <StepAccount editable={editable} />}
        {shown === 'otp' && <StepOtp editable={editable} />}
        {shown === 'pan' && <StepPan editable={editable} />}
        {shown === 'aadhaar' && <StepAadhaar editable={editable} />}
        {shown === 'aadhaar_verify' && <StepAadhaarVerify editable={editable} />}
        {shown === 'gst' && <StepGst editable={editable} />}
        {shown === 'review' && <StepReview editable={editable} />}
        {shown === 'sign' && <StepSign />}
        {shown === 'done' && <StepDone />}
      </div>
      {shown !== due && shown !== 'done' ? (
        <p className="mt-6">
          <Link href={`${pathname}?step=${due}`} className="text-sm underline underline-offset-4" scroll={false}>
            {t('common.goCurrent')}: {t(`steps.${due}` as MessageKey)}
          </Link>
        </p>
      ) : null}
      <ResumePanel />
    </>
  );
}
