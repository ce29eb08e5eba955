import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/lib/db';
import { getSettings } from '@/lib/settings';
import { formatTimestamp } from '@/lib/time-display';
import { findUserToken } from '@/lib/users/tokens';
import { AcceptForm } from './accept-form';

export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer' };

/** The page an invite or password-reset link opens: the token is the credential. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [link, { displayTimeZone }] = await Promise.all([findUserToken(await getDb(), token), getSettings()]);
  if (!link) {
    return (
      <>
        <h1 className="mb-3 text-xl font-semibold">This link no longer works</h1>
        <p className="mb-4 text-sm">It has expired or was already used. Ask whoever sent it for a new one.</p>
        <Link className="text-sm underline" href="/sign-in">
          Go to sign-in
        </Link>
      </>
    );
  }
  const invite = link.purpose === 'invite';
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{invite ? 'Accept your invitation' : 'Choose a new password'}</h1>
      <p className="mb-4 text-sm text-fg-muted">
        {invite ? 'You are joining as ' : 'For '}
        <span className="font-medium text-fg">{link.email}</span>. The link works until{' '}
        {formatTimestamp(link.expiresAt, displayTimeZone)}.
      </p>
      <AcceptForm token={token} askName={invite} email={link.email} />
    </>
  );
}
