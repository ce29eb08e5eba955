import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/clients/client-badges';
import { type ClientArea, ClientTabs } from '@/components/clients/client-tabs';
import { requireStaff } from '@/lib/auth/session';
import { getClient } from '@/lib/clients/queries';

export default async function ClientLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ clientId: string }>;
}) {
  await requireStaff('clients:read');
  const { clientId } = await params;
  const client = await getClient(clientId);
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
        <StatusBadge active={client.active} />
        <span className="font-mono text-sm text-fg-muted">{client.id}</span>
      </div>
      <ClientTabs areas={areas} />
      {children}
    </>
  );
}
