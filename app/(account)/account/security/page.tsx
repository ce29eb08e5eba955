import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { OwnSessions } from '@/components/users/own-sessions';
import { requireWorkspace } from '@/lib/acting-as';

export const metadata = { title: 'Password and sessions' };

/**
 * An end-client user's own password and sessions. A staff member acting as the client has sessions of their
 * own, not the client's: they are sent to theirs instead of seeing them here as if they were.
 */
export default async function AccountSecurityPage() {
  const { user, actingAs } = await requireWorkspace();
  if (actingAs || user.role !== 'client') {
    return (
      <>
        <PageHeader title="Password and sessions" />
        <Card>
          <p className="text-sm">
            You are acting as this client: the client’s users manage their own password and sessions here. Yours are
            under{' '}
            <Link href="/settings/account" className="underline underline-offset-2">
              Settings → Your account
            </Link>
            .
          </p>
        </Card>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Password and sessions" description={`${user.name} · ${user.email}`} />
      <OwnSessions userId={user.id} />
    </>
  );
}
