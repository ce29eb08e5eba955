import { redirect } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';

export const metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requireUser();
  if (user.role !== 'client' || !user.clientId) redirect('/dashboard');
  return (
    <>
      <PageHeader title="Your account" description={`Signed in as ${user.email}.`} />
      <Card>
        <dl className="grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-fg-muted">Client id</dt>
          <dd className="font-mono">{user.clientId}</dd>
        </dl>
      </Card>
    </>
  );
}
