import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireStaff('settings:read');
  return (
    <>
      <PageHeader title="Settings" />
      <div className="grid gap-4 sm:grid-cols-2">
        {can(user.role, 'users:manage') ? (
          <Card>
            <h2 className="font-semibold">
              <Link className="underline" href="/settings/users">
                Users
              </Link>
            </h2>
            <p className="mt-1 text-sm text-fg-muted">Add staff and client users, change who can sign in.</p>
          </Card>
        ) : null}
        {can(user.role, 'settings:brand') ? (
          <Card>
            <h2 className="font-semibold">
              <Link className="underline" href="/settings/general">
                General
              </Link>
            </h2>
            <p className="mt-1 text-sm text-fg-muted">The time zone every time in the portal is shown in.</p>
          </Card>
        ) : null}
        <Card>
          <h2 className="font-semibold">
            {can(user.role, 'settings:brand') ? (
              <Link className="underline" href="/settings/brand">
                Brand
              </Link>
            ) : (
              'Brand'
            )}
          </h2>
          <p className="mt-1 text-sm text-fg-muted">
            Name, logo, colour, support contacts and terms for the portal and the signup pages.
            {can(user.role, 'settings:brand') ? null : ' Only owners and admins can change them.'}
          </p>
        </Card>
      </div>
    </>
  );
}
