import Link from 'next/link';
import { notFound } from 'next/navigation';
import { type ReactNode, Suspense } from 'react';
import { StatusBadge } from '@/components/clients/client-badges';
import { type ClientArea, ClientTabs } from '@/components/clients/client-tabs';
import { requireStaff } from '@/lib/auth/session';
import { getClient, getClientHeader } from '@/lib/clients/queries';

export default async function ClientLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ clientId: string }>;
}) {
  await requireStaff('clients:read');
  const { clientId } = await params;
  // From the mirror when it can: the shell and tabs do not wait for upstream (see getClientHeader).
  const client = await getClientHeader(clientId);
  if (!client) notFound();
  const base = `/clients/${encodeURIComponent(client.id)}`;
  const areas: ClientArea[] = [
    { label: 'Overview', href: base },
    { label: 'Numbers', href: `${base}/numbers` },
    { label: 'Agents', href: `${base}/agents` },
    { label: 'Call flows', href: `${base}/flows` },
    { label: 'Voice bots', href: `${base}/bots` },
    { label: 'WhatsApp', href: `${base}/whatsapp` },
    { label: 'Wallet', href: `${base}/wallet` },
    { label: 'Number masking', href: `${base}/masking` },
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/clients" className="text-fg-muted underline underline-offset-2">
          ← All clients
        </Link>
      </p>
      <div className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1">
        <h1 className="text-2xl font-semibold tracking-tight break-words">{client.name}</h1>
        {/* The status is the one thing here that must be current: read from upstream, streamed. */}
        <Suspense
          fallback={<span className="h-5 w-14 animate-pulse rounded-full bg-line/60 motion-reduce:animate-none" />}
        >
          <LiveStatus clientId={client.id} fallback={client.active} />
        </Suspense>
        <span className="font-mono text-sm text-fg-muted">{client.id}</span>
      </div>
      <ClientTabs areas={areas} />
      {children}
    </>
  );
}

/**
 * The client's status from upstream (the same per-request read as the page's own, so no second
 * call); when upstream cannot answer, the mirror's status, which the page's error then explains.
 */
async function LiveStatus({ clientId, fallback }: { clientId: string; fallback: boolean }) {
  const live = await getClient(clientId).catch(() => null);
  return <StatusBadge active={live?.active ?? fallback} />;
}
