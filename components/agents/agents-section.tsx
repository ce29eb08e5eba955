import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { nextFreeExtension } from '@/lib/agents/extensions';
import { type AgentFilters as Filters, filterAgents } from '@/lib/agents/list';
import { listAgentDids, listAgentFlows, listAgents } from '@/lib/agents/queries';
import { AgentFilters } from './agent-filters';
import { AgentPanelButton } from './agent-panel';
import { AgentsTable } from './agents-table';
import type { Dependent } from './types';

const PAGE_SIZE = 25;

/**
 * One client's agents area, for the console (/clients/[id]/agents) and the end-client
 * workspace alike: `basePath` is where its sub-pages live, `canWrite` the caller's capability.
 */
export async function AgentsSection({
  clientId,
  basePath,
  canWrite,
  filters,
  page,
}: {
  clientId: string;
  basePath: string;
  canWrite: boolean;
  filters: Filters;
  page: number;
}) {
  const [agents, dids, flows] = await Promise.all([
    listAgents(clientId),
    listAgentDids(clientId),
    listAgentFlows(clientId),
  ]);
  const matching = filterAgents(agents, filters);
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = matching.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const dependents: Record<string, Dependent[]> = {};
  const add = (ext: string, dep: Dependent) => {
    dependents[ext] = [...(dependents[ext] ?? []), dep];
  };
  for (const d of dids) if (d.agentExt) add(d.agentExt, { kind: 'number', number: d.number, didId: d.didId });
  for (const f of flows) {
    if (f.agentExt) add(f.agentExt, { kind: 'flow', name: f.name, flowId: f.flowId, role: 'answers its calls' });
    if (f.fallbackExt && f.fallbackExt !== f.agentExt)
      add(f.fallbackExt, { kind: 'flow', name: f.name, flowId: f.flowId, role: 'is its fallback' });
  }
  const didOptions = dids.map((d) => ({ didId: d.didId, number: d.number }));
  const suggestedExtension = nextFreeExtension(agents.map((a) => a.extension));
  const addButton = canWrite ? (
    <AgentPanelButton
      label="Add agent"
      clientId={clientId}
      suggestedExtension={suggestedExtension}
      team={agents.filter((a) => a.active).map((a) => ({ id: a.id, name: a.name }))}
      dids={didOptions}
    />
  ) : null;
  return (
    <section aria-labelledby="agents-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="agents-heading" className="text-xl font-semibold">
          Agents ({agents.length})
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <Link href={`${basePath}/live`} className={buttonClass('secondary')}>
            Live wallboard
          </Link>
          {canWrite ? (
            <Link href={`${basePath}/import`} className={buttonClass('secondary')}>
              Import CSV
            </Link>
          ) : null}
          {agents.length ? addButton : null}
        </div>
      </div>
      <Card>
        <AgentFilters filters={filters} />
      </Card>
      <Card flush>
        <AgentsTable
          clientId={clientId}
          agents={rows}
          totalAgents={agents.length}
          filters={filters}
          basePath={basePath}
          canWrite={canWrite}
          dids={didOptions}
          dependents={dependents}
          suggestedExtension={suggestedExtension}
          emptyAction={addButton}
        />
      </Card>
      {pages > 1 ? (
        <Pagination
          page={current}
          pageSize={PAGE_SIZE}
          total={matching.length}
          basePath={basePath}
          params={{
            q: filters.q || undefined,
            status: filters.status === 'all' ? undefined : filters.status,
            availability: filters.availability === 'all' ? undefined : filters.availability,
            sort: filters.sort,
            dir: filters.dir,
          }}
        />
      ) : null}
    </section>
  );
}
