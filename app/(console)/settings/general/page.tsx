import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';
import { getSettings } from '@/lib/settings';
import { formatTimestamp } from '@/lib/time-display';
import { timezoneOptions } from '@/lib/validation';
import { DisplayZoneForm } from './display-zone-form';

export const metadata = { title: 'General settings' };

export default async function GeneralSettingsPage() {
  await requireStaff('settings:brand');
  const { displayTimeZone } = await getSettings();
  const zones = timezoneOptions();
  return (
    <>
      <PageHeader title="General settings" description="Portal-wide choices for every user." />
      <Card>
        <DisplayZoneForm
          zone={displayTimeZone}
          zones={zones.includes(displayTimeZone) ? zones : [displayTimeZone, ...zones]}
          example={formatTimestamp(Date.now(), displayTimeZone)}
        />
      </Card>
    </>
  );
}
