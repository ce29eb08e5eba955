import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BrandMark } from '@/components/shell/brand-mark';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { requireStaff } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { listInbox } from '@/lib/sandbox/otp-store';
import { asSandboxDb } from '@/lib/sandbox/schema';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sandbox inbox' };

const PURPOSE: Record<string, string> = {
  registration: 'Registration',
  aadhaar: 'Aadhaar',
  resume: 'Resume',
  invite: 'Invite',
  'password-reset': 'Password reset',
};
const time = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Kolkata' });

/**
 * Where the sandbox "delivers" OTPs instead of SMS and email, so staff and testers can
 * finish a signup. Sandbox mode only (in live mode this page does not exist), and only for
 * signed-in staff (others go to sign-in; end-clients to their account).
 */
export default async function SandboxInboxPage({
  searchParams,
}: {
  searchParams: Promise<{ to?: string | string[] }>;
}) {
  if (env().mode === 'live') notFound();
  // Codes and resume links open other people's registrations: signed-in staff only.
  await requireStaff();
  const raw = (await searchParams).to;
  const to = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  const [messages, brand] = await Promise.all([
    getDb().then((db) => listInbox(asSandboxDb(db), to || undefined)),
    getBrand(),
  ]);

  return (
    <main className="mx-auto max-w-5xl space-y-6 p-6">
      <header className="space-y-1">
        <p className="text-xs font-semibold uppercase tracking-wide text-amber-700 dark:text-amber-400">Sandbox</p>
        <h1 className="text-2xl font-semibold">OTP inbox</h1>
        <p className="flex items-center gap-2 text-sm">
          <BrandMark brand={brand} size={24} />
          <span>
            Sent as <strong>{brand.name}</strong>, the reseller&apos;s brand
          </span>
        </p>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          Codes the sandbox would have sent by SMS or email, newest first. Codes expire after 10 minutes.
        </p>
      </header>

      <search>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="to" className="text-sm font-medium">
              Email or mobile
            </label>
            <input
              id="to"
              name="to"
              type="text"
              defaultValue={to}
              placeholder="ops@acme.com or 9876543210"
              className="w-72 rounded-md border border-neutral-300 px-3 py-2 text-sm dark:border-neutral-700 dark:bg-neutral-900"
            />
          </div>
          <button
            type="submit"
            className="rounded-md bg-neutral-900 px-4 py-2 text-sm font-medium text-white dark:bg-white dark:text-neutral-900"
          >
            Filter
          </button>
          {to ? (
            <a href="/sandbox/inbox" className="py-2 text-sm underline underline-offset-4">
              Show all
            </a>
          ) : null}
        </form>
      </search>

      {messages.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400" role="status">
          {to ? `No messages for ${to}.` : 'No messages yet.'}
        </p>
      ) : (
        <div className="rounded-md border border-line bg-surface">
          <Table label={to ? `Messages sent to ${to}` : 'All messages'} stack>
            <TableCaption visuallyHidden>{to ? `Messages sent to ${to}` : 'All messages'}, newest first</TableCaption>
            <TableHeader className="bg-surface-muted">
              <TableRow>
                <TableHead weight="medium">Sent</TableHead>
                <TableHead weight="medium">From</TableHead>
                <TableHead weight="medium">To</TableHead>
                <TableHead weight="medium">Channel</TableHead>
                <TableHead weight="medium">Purpose</TableHead>
                <TableHead weight="medium">Code</TableHead>
                <TableHead weight="medium">Message</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {messages.map((m) => (
                <TableRow key={`${m.sent_at}-${m.to}-${m.channel}-${m.code}`}>
                  <TableCell label="Sent" className="whitespace-nowrap">
                    <time dateTime={m.sent_at}>{time.format(new Date(m.sent_at))}</time>
                  </TableCell>
                  <TableCell label="From">
                    <span className="whitespace-nowrap rounded bg-brand px-2 py-0.5 text-xs font-semibold text-brand-contrast">
                      {brand.name}
                    </span>
                  </TableCell>
                  <TableCell label="To" className="break-all">
                    {m.to}
                  </TableCell>
                  <TableCell label="Channel">{m.channel === 'email' ? 'Email' : 'SMS'}</TableCell>
                  <TableCell label="Purpose">{PURPOSE[m.purpose] ?? m.purpose}</TableCell>
                  <TableCell label="Code" className="font-mono text-base tracking-widest">
                    {m.code}
                  </TableCell>
                  <TableCell label="Message" className="text-fg-muted">
                    <MessageBody body={m.body} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </main>
  );
}

/** Resume links arrive in the body: make them clickable so a tester can follow one. */
function MessageBody({ body }: { body: string }) {
  const parts = body.split(/(https?:\/\/[^\s)]+)/);
  return (
    <>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={`${i}-${part}`} href={part} className="break-all underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
