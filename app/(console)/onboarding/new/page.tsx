import { OnboardingWizard } from '@/components/onboarding/wizard';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { getMessages } from '@/lib/i18n';
import { getLocale } from '@/lib/i18n/server';

export const metadata = { title: 'New client' };

/** Staff-led onboarding: staff enter the details; the draft then lives at /onboarding/[id]. */
export default async function NewOnboardingPage() {
  await requireStaff('onboarding:write');
  const [brand, locale] = await Promise.all([getBrand(), getLocale()]);
  return (
    <>
      <PageHeader title="New client" description="Register a client and run KYC. Progress is saved after every step." />
      <OnboardingWizard
        mode="staff"
        view={null}
        requested="account"
        locale={locale}
        messages={getMessages(locale)}
        brand={{ name: brand.name, termsUrl: brand.termsUrl }}
      />
    </>
  );
}
