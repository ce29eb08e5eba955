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
            <p className="mt-1 text-sm text-fg-muted">Invite staff, change roles, disable, reset passwords.</p>
          </Card>
        ) : null}
        {can(user.role, 'api:manage') ? (
          <Card>
            <h2 className="font-semibold">
              <Link className="underline" href="/settings/api">
                API connection
              </Link>
            </h2>
            <p className="mt-1 text-sm text-fg-muted">
              Mode, key, upstream health, an explorer for every partner call, the OpenAPI document.
            </p>
          </Card>
        ) : null}
        <Card>
          <h2 className="font-semibold">
            <Link className="underline" href="/settings/account">
              Your account
            </Link>
          </h2>
          <p className="mt-1 text-sm text-fg-muted">Where you are signed in; sign out other devices.</p>
        </Card>
        {can(user.role, 'settings:brand') ? (
          <Card>
            <h2 className="font-semibold">
              <Link className="underline" href="/settings/billing">
                Billing
              </Link>
            </h2>
            <p className="mt-1 text-sm text-fg-muted">Largest top-up, the low-balance line, the validity warning.</p>
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
