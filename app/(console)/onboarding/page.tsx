import Link from 'next/link';
import { PendingFilters } from '@/components/pending/pending-filters';
import { PendingTable } from '@/components/pending/pending-table';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { asUserFacing } from '@/lib/errors';
import { type PendingPage, parsePendingQuery } from '@/lib/pending/list';
import { listPending } from '@/lib/pending/queries';

export const metadata = { title: 'Onboarding' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OnboardingPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireStaff('onboarding:read');
  const query = parsePendingQuery(await searchParams);
  const canWrite = can(user.role, 'onboarding:write');
  let result: PendingPage | null = null;
  let failure: string | null = null;
  try {
    result = await listPending(query);
  } catch (err) {
    const known = asUserFacing(err);
    if (!known) throw err;
    failure = known.message;
  }
  const filtered = query.q !== '' || query.stage !== '';
  return (
    <>
      <PageHeader
        title="Onboarding"
        description="Registrations that have started but not finished KYC. Continue one here, send the client a link to resume, or hand it off to their phone."
        actions={
          canWrite ? (
            <Link href="/onboarding/new" className={buttonClass('primary')}>
              New client
            </Link>
          ) : null
        }
      />
      <h2 className="mb-3 text-lg font-semibold">Pending registrations</h2>
      <PendingFilters query={query} />
      {failure ? (
        <Card role="alert">
          <p className="font-medium">The pending registrations could not be loaded.</p>
          <p className="mt-1 text-sm text-fg-muted">{failure} Reload the page to try again.</p>
        </Card>
      ) : result && result.total === 0 ? (
        <Card>
          <p role="status">
            {filtered ? 'No pending registrations match these filters.' : 'No registrations are pending.'}
          </p>
        </Card>
      ) : result ? (
        <>
          <PendingTable items={result.items} canWrite={canWrite} />
          <Pagination
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            basePath="/onboarding"
            params={{ q: query.q, stage: query.stage, sort: query.sort === 'oldest' ? undefined : query.sort }}
          />
        </>
      ) : null}
    </>
  );
}
