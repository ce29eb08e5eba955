import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { searchAudit } from '@/lib/audit/queries';
import { can, type Role } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db';
import { getSettings } from '@/lib/settings';
import { AuditTable } from './audit-table';

/** A client's own audit trail on its page: the latest entries, and a link to all of them. */
export async function ClientAuditSection({ clientId, role }: { clientId: string; role: Role }) {
  if (!can(role, 'audit:read')) return null;
  const [settings, db] = await Promise.all([getSettings(), getDb()]);
  const { rows, total } = await searchAudit(db, { clientId }, { page: 1, pageSize: 10 });
  return (
    <section aria-labelledby="client-audit" className="lg:col-span-2">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="client-audit" className="text-lg font-semibold">
          Audit trail
        </h2>
        {total > rows.length ? (
          <Link className="text-sm underline underline-offset-4" href={`/audit?client=${encodeURIComponent(clientId)}`}>
            All {total} entries for this client
          </Link>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <Card>
          <p className="text-sm text-fg-muted">No changes to this client have been made through the portal yet.</p>
        </Card>
      ) : (
        <AuditTable rows={rows} zone={settings.displayTimeZone} showClient={false} label="This client's audit trail" />
      )}
    </section>
  );
}
