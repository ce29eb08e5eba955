import Link from 'next/link';
import { AuditFiltersForm } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { parseAuditUrl, toFilters, urlParams } from '@/lib/audit/filters';
import { searchAudit } from '@/lib/audit/queries';
import { requireStaff } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { getSettings } from '@/lib/settings';
import { zoneLabel } from '@/lib/time-display';

export const metadata = { title: 'Audit log' };

const PAGE_SIZE = 50;

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff('audit:read');
  const [sp, settings] = await Promise.all([searchParams, getSettings()]);
  const u = parseAuditUrl(sp);
  const zone = settings.displayTimeZone;
  const { rows, total } = await searchAudit(await getDb(), toFilters(u, zone), { page: u.page, pageSize: PAGE_SIZE });
  const params = urlParams(u);
  const csv = new URLSearchParams(Object.entries(params).filter(([, v]) => v) as [string, string][]);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made through the portal: who, what, for which client, and how it ended."
        actions={
          <Link
            href={`/audit/export${csv.size ? `?${csv}` : ''}`}
            className="text-sm underline underline-offset-4"
            prefetch={false}
          >
            Download these {total} entries (CSV)
          </Link>
        }
      />
      <AuditFiltersForm values={u} zoneName={zoneLabel(zone)} action="/audit" />
      <AuditTable rows={rows} zone={zone} />
      <Pagination page={u.page} pageSize={PAGE_SIZE} total={total} basePath="/audit" params={params} />
    </>
  );
}
