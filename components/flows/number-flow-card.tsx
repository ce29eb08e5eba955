import { Card } from '@/components/ui/card';
import { getClientFlows, getFlowNames, getFlowOptions } from '@/lib/flows/queries';
import { CallSimulator } from './call-simulator';
import { MapFlowControl } from './map-flow-control';

/** On a number's page: the flow it runs, mapping another flow to it, and the simulator. */
export async function NumberFlowCard({
  clientId,
  didId,
  canMap,
  sim,
}: {
  clientId: string;
  didId: string;
  canMap: boolean;
  sim: { sim_date?: string; sim_time?: string };
}) {
  const [opts, flows, flowNames] = await Promise.all([
    getFlowOptions(clientId),
    getClientFlows(clientId),
    getFlowNames(clientId),
  ]);
  const did = opts.dids.find((d) => d.didId === didId);
  if (!did) return null;
  const today = did.flowId ? (flowNames[did.flowId] ?? `Flow #${did.flowId} (not made in this portal)`) : null;
  return (
    <>
      <Card>
        <h3 className="mb-1 text-lg font-semibold">Call flow</h3>
        <p className="mb-4 text-sm">{today ? <>Runs “{today}”.</> : 'No flow answers this number yet.'}</p>
        {canMap ? (
          flows.length ? (
            <MapFlowControl
              clientId={clientId}
              dids={opts.dids}
              flows={flows.map((f) => ({ id: f.flowId, name: f.name }))}
              flowNames={flowNames}
              fixed={{ didNo: did.number }}
            />
          ) : (
            <p className="text-sm text-fg-muted">This client has no flows yet: build one under Call flows.</p>
          )
        ) : null}
      </Card>
      <CallSimulator clientId={clientId} didId={didId} date={sim.sim_date} time={sim.sim_time} />
    </>
  );
}
