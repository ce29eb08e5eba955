import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CallSimulator } from '@/components/flows/call-simulator';
import { FlowEditor } from '@/components/flows/flow-editor';
import { FlowVersions } from '@/components/flows/flow-versions';
import { MapFlowControl } from '@/components/flows/map-flow-control';
import { Card } from '@/components/ui/card';
import { getFlow, getFlowNames, getFlowOptions } from '@/lib/flows/queries';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'Call flow' };

type Search = { sim_date?: string; sim_time?: string };

export default async function FlowPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string; flowId: string }>;
  searchParams: Promise<Search>;
}) {
  const { clientId, may, base: root } = await clientScope(params, 'flows:read');
  const { flowId } = await params;
  const sp = await searchParams;
  const [flow, opts, flowNames] = await Promise.all([
    getFlow(clientId, flowId),
    getFlowOptions(clientId),
    getFlowNames(clientId),
  ]);
  if (!flow) notFound();
  const canEdit = may('flows:write');
  const base = `${root}/flows`;
  const did = flow.runsOn[0];
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={base} className="text-fg-muted underline underline-offset-2">
          ← This client&apos;s flows
        </Link>
      </p>
      <h2 className="text-xl font-semibold">“{flow.name}”</h2>
      <p className="text-sm">
        Runs on:{' '}
        {flow.runsOn.length ? (
          <span className="font-mono">{flow.runsOn.map((d) => d.number).join(', ')}</span>
        ) : (
          'no number'
        )}
      </p>
      <FlowEditor
        key={flow.version}
        clientId={clientId}
        flowId={flowId}
        initial={flow.definition}
        opts={opts}
        flowNames={flowNames}
        canEdit={canEdit}
        basePath={base}
      />
      {canEdit ? (
        <Card>
          <h3 className="mb-3 text-lg font-semibold">Map to a number</h3>
          <MapFlowControl clientId={clientId} dids={opts.dids} flows={[]} flowNames={flowNames} fixed={{ flowId }} />
        </Card>
      ) : null}
      {did ? <CallSimulator clientId={clientId} didId={did.didId} date={sp.sim_date} time={sp.sim_time} /> : null}
      <FlowVersions versions={flow.versions} opts={opts} />
    </div>
  );
}
