import { ClientsFilters } from '@/components/clients/clients-filters';
import { ClientsTable } from '@/components/clients/clients-table';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { requireStaff } from '@/lib/auth/session';
import { plural } from '@/lib/clients/format';
import { listClients } from '@/lib/clients/queries';
import { hasFilters, parseListParams, toQuery, toQueryString } from '@/lib/clients/schemas';

export const metadata = { title: 'Clients' };

export default async function ClientsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  await requireStaff('clients:read');
  const params = parseListParams(await searchParams);
  const result = await listClients(params);
  const now = Date.now();
  const { page: _page, ...filters } = params;
  const filtered = hasFilters(params);
  // The list arrives as one streamed part (nothing below suspends on its own): marked so that a
  // browser without JavaScript is shown it instead of the skeleton (app/layout.tsx).
  return (
    <div data-noscript-reveal="">
      <PageHeader
        title="Clients"
        description="Every client of this reseller, searched, filtered and paged on the server."
        actions={
          <a href={`/clients/export${toQueryString(filters)}`} className={buttonClass('secondary')} download>
            Export CSV
          </a>
        }
      />
      <ClientsFilters params={params} lowBalancePaise={result.lowBalancePaise} />
      <p role="status" className="mb-2 text-sm text-fg-muted">
        {result.total === 0
          ? 'No clients match.'
          : `Showing ${result.from.toLocaleString('en-IN')}–${result.to.toLocaleString('en-IN')} of ${plural(result.total, 'client')}${filtered ? ' matching the filters' : ''}.`}
      </p>
      {result.total === 0 ? (
        <Card>
          <p className="font-medium">{filtered ? 'No clients match these filters.' : 'There are no clients yet.'}</p>
          <p className="mt-2 text-sm text-fg-muted">
            {filtered ? (
              <>
                Try a shorter search or{' '}
                <a href="/clients" className="underline">
                  clear the filters
                </a>
                .
              </>
            ) : (
              'Clients appear here once their onboarding is accepted.'
            )}
          </p>
        </Card>
      ) : (
        <>
          <ClientsTable
            rows={result.rows}
            params={{ ...params, page: result.page }}
            now={now}
            lowBalancePaise={result.lowBalancePaise}
          />
          <Pagination
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            basePath="/clients"
            params={toQuery(filters)}
          />
        </>
      )}
    </div>
  );
}
