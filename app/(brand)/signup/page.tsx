import type { Metadata } from 'next';
import Link from 'next/link';
import { OnboardingWizard } from '@/components/onboarding/wizard';
import { getBrand } from '@/lib/brand/queries';
import { getMessages, translator } from '@/lib/i18n';
import { getLocale } from '@/lib/i18n/server';
import { startOver } from '@/lib/onboarding/actions-public';

// A plain form posting to the action (works before hydration); its result is not read.
const startOverForm = startOver as unknown as (formData: FormData) => Promise<void>;

import { draftFromCookie } from '@/lib/onboarding/session';
import { toView } from '@/lib/onboarding/view';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(getMessages(await getLocale()));
  return { title: t('signup.title') };
}

/**
 * The public self-signup. Progress lives in a draft bound to this browser by an httpOnly
 * cookie, so a reload or coming back later continues where it stopped.
 */
export default async function SignupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [sp, locale, brand, draft] = await Promise.all([searchParams, getLocale(), getBrand(), draftFromCookie()]);
  const messages = getMessages(locale);
  const t = translator(messages);
  const step = typeof sp.step === 'string' ? sp.step : null;
  return (
    <div lang={locale} className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t('signup.title')}</h1>
        <p className="mt-1 text-sm text-fg-muted">{t('signup.subtitle', { brand: brand.name })}</p>
      </div>
      {sp.resume === 'invalid' || sp.resume === 'used' ? (
        <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
          {t(sp.resume === 'used' ? 'signup.resumeUsed' : 'signup.resumeInvalid')}
        </p>
      ) : null}
      <OnboardingWizard
        mode="public"
        view={draft ? toView(draft, { reveal: false }) : null}
        requested={step}
        locale={locale}
        messages={messages}
        brand={{ name: brand.name, termsUrl: brand.termsUrl }}
      />
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4 text-sm">
        <p>
          {t('signup.haveAccount')}{' '}
          <Link href="/sign-in" className="underline underline-offset-4">
            {t('signup.signIn')}
          </Link>
        </p>
        {draft ? (
          <form action={startOverForm}>
            <button type="submit" className="underline underline-offset-4">
              {t('signup.startOver')}
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
