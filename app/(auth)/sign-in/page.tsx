import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { countUsers } from '@/lib/auth/users';
import { getDb } from '@/lib/db';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [user, { next }, db] = await Promise.all([getSessionUser(), searchParams, getDb()]);
  if (user) redirect('/');
  // A fresh live install has nobody to sign in yet: the first owner is created at /setup.
  if ((await countUsers(db)) === 0) redirect('/setup');
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <SignInForm next={next} />
    </>
  );
}
