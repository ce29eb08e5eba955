import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { countUsers } from '@/lib/auth/users';
import { getDb } from '@/lib/db';
import { SetupForm } from './setup-form';

export const metadata: Metadata = { title: 'Set up the portal' };

export default async function SetupPage() {
  // Closes for good once anyone exists.
  if ((await countUsers(await getDb())) > 0) redirect('/sign-in');
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Set up the portal</h1>
      <p className="mb-4 text-sm text-fg-muted">Create the first owner account. This page closes once it exists.</p>
      <SetupForm />
    </>
  );
}
