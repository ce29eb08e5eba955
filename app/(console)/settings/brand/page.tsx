import { BrandForm } from '@/components/brand/brand-form';
import { ResetBrandForm } from '@/components/brand/reset-brand-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';
import { DEFAULT_BRAND, getBrand } from '@/lib/brand/queries';

export const metadata = { title: 'Brand' };

export default async function BrandSettingsPage() {
  await requireStaff('settings:brand');
  const brand = await getBrand();
  const saved = {
    name: brand.name,
    primary_color: brand.primaryColor,
    support_email: brand.supportEmail ?? '',
    support_phone: brand.supportPhone ?? '',
    terms_url: brand.termsUrl ?? '',
    privacy_url: brand.privacyUrl ?? '',
  };
  return (
    <>
      <PageHeader
        title="Brand"
        description="How the portal looks to your staff and clients: sign-in, self-signup, the console and the messages clients receive."
      />
      <Card className="mb-6">
        <BrandForm saved={saved} logoDataUrl={brand.logoDataUrl} defaultColor={DEFAULT_BRAND.primaryColor} />
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Restore defaults</h2>
        <p className="mb-3 mt-1 text-sm text-fg-muted">
          Go back to “{DEFAULT_BRAND.name}” in the default blue, with no logo, contacts or links.
        </p>
        <ResetBrandForm />
      </Card>
    </>
  );
}
