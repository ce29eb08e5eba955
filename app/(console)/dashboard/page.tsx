import Link from 'next/link';
import { NAV_ITEMS } from '@/components/shell/nav-items';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listAudit } from '@/lib/audit/log';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { getDb } from '@/lib/db';

export const metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const user = await requireStaff('dashboard:read');
  const recent = can(user.role, 'audit:read') ? await listAudit(await getDb(), { page: 1, pageSize: 5 }) : null;
  return (
    <>
      <PageHeader title="Dashboard" description={`Signed in as ${user.name}.`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Areas</h2>
          <ul className="grid grid-cols-2 gap-2 text-sm">
            {NAV_ITEMS.filter((i) => i.href !== '/dashboard' && can(user.role, i.permission)).map((i) => (
              <li key={i.href}>
                <Link className="underline underline-offset-2" href={i.href}>
                  {i.label}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
        {recent ? (
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Recent activity</h2>
            {recent.rows.length === 0 ? (
              <p className="text-sm text-fg-muted">No changes have been made through the portal yet.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {recent.rows.map((r) => (
                  <li key={r.id}>
                    <span className="font-mono text-xs">{r.action}</span> by {r.userEmail ?? 'anonymous'} ·{' '}
                    <span className="text-fg-muted">{r.outcome}</span>
                  </li>
                ))}
              </ul>
            )}
            <Link className="mt-3 inline-block text-sm underline" href="/audit">
              Open the audit log
            </Link>
          </Card>
        ) : null}
      </div>
    </>
  );
}
