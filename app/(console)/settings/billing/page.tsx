import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';
import { rupeesText } from '@/lib/money';
import { getSettings } from '@/lib/settings';
import { BillingSettingsForm } from './billing-settings-form';

export const metadata = { title: 'Billing settings' };

export default async function BillingSettingsPage() {
  await requireStaff('settings:brand');
  const s = await getSettings();
  return (
    <>
      <PageHeader title="Billing settings" description="Limits and thresholds for top-ups and the billing overview." />
      <Card>
        <BillingSettingsForm
          ceiling={rupeesText(s.topUpCeilingPaise)}
          low={rupeesText(s.lowBalancePaise)}
          days={String(s.validityWarningDays)}
        />
      </Card>
    </>
  );
}
