import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import {
  SortableHead,
  Table,
  TableBody,
  TableCell,
  TableEmpty,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHead,
} from '@/components/ui/table';
import type { AgentFilters } from '@/lib/agents/list';
import { AgentPanelButton } from './agent-panel';
import { AvailabilitySwitch } from './availability-switch';
import { CallerIdButton } from './caller-id-button';
import { DeactivateAgentButton } from './deactivate-agent';
import type { AgentView, Dependent, DidOption } from './types';

/**
 * One client's agents. Sorting links keep the filters in the URL (server-side); every
 * change control is left out when `canWrite` is false, so read-only roles see no buttons.
 */
export function AgentsTable({
  clientId,
  agents,
  totalAgents,
  filters,
  basePath,
  canWrite,
  dids,
  dependents,
  suggestedExtension,
  emptyAction,
}: {
  clientId: string;
  agents: AgentView[];
  totalAgents: number;
  filters: AgentFilters;
  basePath: string;
  canWrite: boolean;
  dids: DidOption[];
  /** Numbers ringing each extension. */
  dependents: Record<string, Dependent[]>;
  suggestedExtension: string;
  emptyAction?: React.ReactNode;
}) {
  const sortHref = (sort: AgentFilters['sort']) => (dir: 'asc' | 'desc') => {
    const q = new URLSearchParams();
    if (filters.q) q.set('q', filters.q);
    if (filters.status !== 'all') q.set('status', filters.status);
    if (filters.availability !== 'all') q.set('availability', filters.availability);
    q.set('sort', sort);
    q.set('dir', dir);
    return `${basePath}?${q}`;
  };
  const sortable = (key: AgentFilters['sort'], label: string) => (
    <SortableHead label={label} active={filters.sort === key} direction={filters.dir} href={sortHref(key)} />
  );
  const team = agents.map((a) => ({ id: a.id, name: a.name }));
  return (
    <Table label="Agents" stack>
      <TableHeader>
        <TableRow>
          {sortable('name', 'Name')}
          {sortable('extension', 'Extension')}
          {sortable('email', 'Email')}
          <TableHead>Phone</TableHead>
          <TableHead>Caller-id DID</TableHead>
          {sortable('status', 'Status')}
          <TableHead>Availability</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {agents.length === 0 ? (
          <TableEmpty colSpan={8}>
            {totalAgents === 0 ? (
              <span className="inline-flex flex-col items-center gap-3">
                This client has no agents yet.
                {emptyAction}
              </span>
            ) : (
              'No agent matches these filters.'
            )}
          </TableEmpty>
        ) : (
          agents.map((a) => (
            <TableRow key={a.id}>
              <TableRowHead>
                <Link href={`${basePath}/${encodeURIComponent(a.id)}`} className="underline underline-offset-2">
                  {a.name}
                </Link>
              </TableRowHead>
              <TableCell label="Extension" className="font-mono">
                {a.extension ?? '—'}
              </TableCell>
              <TableCell label="Email" className="break-all">
                {a.email ?? '—'}
              </TableCell>
              <TableCell label="Phone" className="font-mono">
                {a.phone ?? '—'}
              </TableCell>
              <TableCell label="Caller-id DID" className="font-mono">
                {a.didNum ?? '—'}
              </TableCell>
              <TableCell label="Status">
                <span className="flex flex-wrap gap-1">
                  <Badge tone={a.active ? 'success' : 'neutral'}>{a.active ? 'Active' : 'Inactive'}</Badge>
                  {a.onCall ? <Badge tone="warning">On a call</Badge> : null}
                </span>
              </TableCell>
              <TableCell label="Availability">
                <AvailabilitySwitch
                  clientId={clientId}
                  agentId={a.id}
                  name={a.name}
                  available={a.available}
                  canWrite={canWrite && a.active}
                />
              </TableCell>
              <TableCell label="Actions">
                {canWrite && a.active ? (
                  <span className="flex flex-wrap gap-2">
                    <AgentPanelButton
                      label="Edit"
                      variant="secondary"
                      clientId={clientId}
                      agent={a}
                      suggestedExtension={suggestedExtension}
                      team={team}
                      dids={dids}
                    />
                    <CallerIdButton clientId={clientId} agent={a} dids={dids} />
                    <DeactivateAgentButton
                      clientId={clientId}
                      agent={a}
                      dependents={a.extension ? (dependents[a.extension] ?? []) : []}
                    />
                  </span>
                ) : null}
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
