import Link from 'next/link';
import { FlowList } from '@/components/flows/flow-list';
import { buttonClass } from '@/components/ui/button';
import { getClientFlows, getFlowOptions } from '@/lib/flows/queries';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'Call flows' };

export default async function ClientFlowsPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId, may, base: root } = await clientScope(params, 'flows:read');
  const [flows, opts] = await Promise.all([getClientFlows(clientId), getFlowOptions(clientId)]);
  const base = `${root}/flows`;
  return (
    <section aria-labelledby="flows-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="flows-heading" className="text-xl font-semibold">
          Call flows ({flows.length})
        </h2>
        {may('flows:write') ? (
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
