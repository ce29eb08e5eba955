import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { countUsers } from '@/lib/auth/users';
import { getDb } from '@/lib/db';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; changed?: string }>;
}) {
  const [user, { next, changed }, db] = await Promise.all([getSessionUser(), searchParams, getDb()]);
  if (user) redirect('/');
  // A fresh live install has nobody to sign in yet: the first owner is created at /setup.
  if ((await countUsers(db)) === 0) redirect('/setup');
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      {changed === '1' ? (
        <p role="status" className="mb-4 rounded-md border border-line bg-surface-muted p-3 text-sm">
          Your password was changed and you were signed out everywhere. Sign in with the new password.
        </p>
      ) : null}
      <SignInForm next={next} />
    </>
  );
}
