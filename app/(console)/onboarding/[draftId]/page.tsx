import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OnboardingWizard } from '@/components/onboarding/wizard';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { getMessages } from '@/lib/i18n';
import { getLocale } from '@/lib/i18n/server';
import { getDraft, syncFromUpstream } from '@/lib/onboarding/drafts';
import { toView } from '@/lib/onboarding/view';

export const metadata = { title: 'Onboarding' };

/** A draft continued by staff (started here, adopted from the pending board, or handed off). */
export default async function OnboardingDraftPage({
  params,
  searchParams,
}: {
  params: Promise<{ draftId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff('onboarding:write');
  const [{ draftId }, sp, brand, locale] = await Promise.all([params, searchParams, getBrand(), getLocale()]);
  let draft = await getDraft(draftId);
  if (!draft) notFound();
  // An adopted registration may have moved on elsewhere (the client's own phone): catch up.
  const behind = !draft.pan_masked || !draft.aadhaar_verified || (!draft.gst_num && !draft.gst_skipped);
  if (draft.otp_verified === 1 && !draft.client_id && behind) draft = await syncFromUpstream(draft);
  return (
    <>
      <PageHeader
        title={draft.name ? `Onboarding: ${draft.name}` : 'Onboarding'}
        description={[draft.email, draft.mobile].filter(Boolean).join(' · ') || undefined}
        actions={
          <Link href="/onboarding" className="text-sm underline underline-offset-4">
            Pending registrations
          </Link>
        }
      />
      <OnboardingWizard
        mode="staff"
        view={toView(draft, { reveal: true })}
        requested={typeof sp.step === 'string' ? sp.step : null}
        locale={locale}
        messages={getMessages(locale)}
        brand={{ name: brand.name, termsUrl: brand.termsUrl }}
      />
    </>
  );
}
