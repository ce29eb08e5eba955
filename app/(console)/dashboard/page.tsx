import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listAudit } from '@/lib/audit/log';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { getDashboardFigures } from '@/lib/dashboard/queries';
import { getDb } from '@/lib/db';
import { asUserFacing } from '@/lib/errors';

const GENERIC = 'Please try again in a moment.';

export const metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const user = await requireStaff('dashboard:read');
  const showAudit = can(user.role, 'audit:read');
  const [figures, recent] = await Promise.all([
    // The dashboard stays useful when the provider is down: the figures say so instead.
    getDashboardFigures().catch((err: unknown) => ({ unavailable: asUserFacing(err)?.message ?? GENERIC })),
    showAudit ? getDb().then((db) => listAudit(db, { page: 1, pageSize: 5 })) : null,
  ]);
  const tiles =
    'unavailable' in figures
      ? []
      : [
          { label: 'Clients', value: figures.clients, href: '/clients' },
          { label: 'Inactive', value: figures.inactive, href: '/clients?status=inactive' },
          { label: 'Low balance (under ₹100)', value: figures.lowBalance, href: '/clients?balance=low' },
          { label: 'Validity ends within 30 days', value: figures.expiringIn30Days, href: '/clients?expiring=30' },
          { label: 'Pending registrations', value: figures.pending, href: '/onboarding' },
        ];
  return (
    <>
      <PageHeader title="Dashboard" description={`Signed in as ${user.name}.`} />
      {'unavailable' in figures ? (
        <Card className="mb-6">
          <p role="status">Client figures are unavailable right now. {figures.unavailable}</p>
        </Card>
      ) : null}
      {tiles.length > 0 ? (
        <ul className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {tiles.map((t) => (
            <li key={t.label}>
              <Link
                href={t.href}
                className="block h-full rounded-lg border border-line bg-surface p-4 hover:bg-surface-muted"
              >
                <span className="block text-2xl font-semibold tabular-nums">{t.value.toLocaleString('en-IN')}</span>
                <span className="mt-1 block text-sm text-fg-muted">{t.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {recent ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Recent activity</h2>
          {recent.rows.length === 0 ? (
            <p className="text-sm text-fg-muted">No changes have been made through the portal yet.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {recent.rows.map((r) => (
                <li key={r.id}>
                  <span className="font-mono text-xs">{r.action}</span> by {r.userEmail ?? 'anonymous'}
                  {r.clientId ? ` for ${r.clientId}` : ''} · <span className="text-fg-muted">{r.outcome}</span>
                </li>
              ))}
            </ul>
          )}
          <Link className="mt-3 inline-block text-sm underline" href="/audit">
            Open the audit log
          </Link>
        </Card>
      ) : null}
    </>
  );
}
