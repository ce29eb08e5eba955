import Link from 'next/link';
import { FlowList } from '@/components/flows/flow-list';
import { buttonClass } from '@/components/ui/button';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { getClientFlows, getFlowOptions } from '@/lib/flows/queries';

export const metadata = { title: 'Call flows' };

export default async function ClientFlowsPage({ params }: { params: Promise<{ clientId: string }> }) {
  const user = await requireStaff('flows:read');
  const { clientId } = await params;
  const [flows, opts] = await Promise.all([getClientFlows(clientId), getFlowOptions(clientId)]);
  const base = `/clients/${encodeURIComponent(clientId)}/flows`;
  return (
    <section aria-labelledby="flows-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="flows-heading" className="text-xl font-semibold">
          Call flows ({flows.length})
        </h2>
        {can(user.role, 'flows:write') ? (
          <Link href={`${base}/new`} className={buttonClass('primary')}>
            New flow
          </Link>
        ) : null}
      </div>
      <p className="text-sm text-fg-muted">
        The provider cannot list flows, so this lists the flows made or edited in this portal.
      </p>
      <FlowList flows={flows} opts={opts} basePath={base} />
    </section>
  );
}
