import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientAuditSection } from '@/components/audit/client-audit-section';
import { ValidityCell } from '@/components/clients/client-badges';
import { DetailList, KycSummaryList } from '@/components/clients/kyc-summary';
import { StatusDialog } from '@/components/clients/status-dialog';
import { StatusReason } from '@/components/clients/status-reason';
import { Card } from '@/components/ui/card';
import { ClientPeopleSection } from '@/components/users/client-people-section';
import { can } from '@/lib/auth/permissions';
import { guardMetadata, requireStaff } from '@/lib/auth/session';
import { getClient, getClientHeader } from '@/lib/clients/queries';
import { formatRupees } from '@/lib/money';
import { getSettings } from '@/lib/settings';

/**
 * The same guard as the page before reading anything: without a staff session allowed to
 * read clients (no session, a bogus cookie, a `client` user) every id gets the same generic
 * title, so metadata can neither leak a name nor tell known ids from unknown ones.
 */
export async function generateMetadata({ params }: { params: Promise<{ clientId: string }> }) {
  if (!(await guardMetadata('clients:read'))) return { title: 'Client' };
  const client = await getClientHeader((await params).clientId);
  return { title: client ? client.name : 'Client not found' };
}

export default async function ClientOverviewPage({ params }: { params: Promise<{ clientId: string }> }) {
  const user = await requireStaff('clients:read');
  const [client, { lowBalancePaise }] = await Promise.all([getClient((await params).clientId), getSettings()]);
  if (!client) notFound();
  const now = Date.now();
  const numbersHref = `/clients/${encodeURIComponent(client.id)}/numbers`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Profile</h2>
        <DetailList
          rows={[
            ['Name', client.name],
            ['Email', client.email],
            ['Mobile', `${client.countryCode ? `${client.countryCode} ` : ''}${client.mobile}`],
            [
              'Client id',
              <span key="id" className="font-mono">
                {client.id}
              </span>,
            ],
            ['Created', client.createdAt?.slice(0, 10) ?? '—'],
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Balance and validity</h2>
        <p className="text-3xl font-semibold tabular-nums">{formatRupees(client.balancePaise)}</p>
        {client.balancePaise < lowBalancePaise ? (
          <p className="mt-1 text-sm text-danger">Low balance: under {formatRupees(lowBalancePaise)}.</p>
        ) : null}
        <div className="mt-3 text-sm">
          <span className="text-fg-muted">Valid till </span>
          <ValidityCell validTillMs={client.validTillMs} now={now} />
        </div>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Services</h2>
        <DetailList
          rows={[
            [
              'Numbers (DIDs)',
              <Link key="n" href={numbersHref} className="underline underline-offset-2">
                {client.didsCount ?? 'Unknown'}
              </Link>,
            ],
            ['Agents', client.agentsCount === null ? 'Unknown' : String(client.agentsCount)],
          ]}
        />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">KYC</h2>
        <KycSummaryList kyc={client.kyc} />
      </Card>
      <Card id="status" className="lg:col-span-2 scroll-mt-4">
        <h2 className="mb-1 text-lg font-semibold">Status</h2>
        <p className="mb-3 text-sm text-fg-muted">
          This client is {client.active ? 'active' : 'inactive'}.
          {client.active ? '' : ' It cannot buy numbers or change its setup until activated.'}
        </p>
        <StatusReason clientId={client.id} active={client.active} />
        {can(user.role, 'clients:status') ? (
          <StatusDialog clientId={client.id} clientName={client.name} active={client.active} />
        ) : (
          <p className="text-sm text-fg-muted">Your role cannot change a client&apos;s status.</p>
        )}
      </Card>
      <ClientAuditSection clientId={client.id} role={user.role} />
      <ClientPeopleSection clientId={client.id} role={user.role} />
    </div>
  );
}
