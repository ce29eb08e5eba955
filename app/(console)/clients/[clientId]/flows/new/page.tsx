import Link from 'next/link';
import { FlowEditor } from '@/components/flows/flow-editor';
import { EMPTY_FLOW } from '@/lib/flows/definition';
import { getFlowNames, getFlowOptions } from '@/lib/flows/queries';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'New call flow' };

export default async function NewFlowPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId, base: root } = await clientScope(params, 'flows:write');
  const [opts, flowNames] = await Promise.all([getFlowOptions(clientId), getFlowNames(clientId)]);
  const base = `${root}/flows`;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={base} className="text-fg-muted underline underline-offset-2">
          ← This client&apos;s flows
        </Link>
      </p>
      <h2 className="text-xl font-semibold">New call flow</h2>
      <FlowEditor
        clientId={clientId}
        flowId={null}
        initial={EMPTY_FLOW}
        opts={opts}
        flowNames={flowNames}
        canEdit
        basePath={base}
      />
    </div>
  );
}
