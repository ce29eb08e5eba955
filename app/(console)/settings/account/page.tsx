import { PageHeader } from '@/components/ui/page-header';
import { OwnSessions } from '@/components/users/own-sessions';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Your account' };

/** Where you are signed in, and the way to end those sessions. */
export default async function AccountSettingsPage() {
  const user = await requireStaff('account:sessions');
  return (
    <>
      <PageHeader title="Your account" description={`${user.name} · ${user.email} · ${ROLE_LABELS[user.role]}`} />
      <OwnSessions userId={user.id} />
    </>
  );
}
