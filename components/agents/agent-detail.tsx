import Link from 'next/link';
import { notFound } from 'next/navigation';
import { WeeklyScheduleEditor } from '@/components/schedule/weekly-schedule-editor';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { saveAgentSchedule } from '@/lib/agents/actions';
import { getAgentSchedule, listAgents } from '@/lib/agents/queries';
import { timezoneOptions } from '@/lib/schedule/zones';

/** One agent: its details and its weekly schedule (the shared editor), for console and account. */
export async function AgentDetail({
  clientId,
  agentId,
  basePath,
  canWrite,
}: {
  clientId: string;
  agentId: string;
  basePath: string;
  canWrite: boolean;
}) {
  const [agents, schedule] = await Promise.all([
    listAgents(clientId),
    getAgentSchedule(clientId, agentId).catch(() => null),
  ]);
  const agent = agents.find((a) => a.id === agentId);
  if (!agent || !schedule) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={basePath} className="text-fg-muted underline underline-offset-2">
          ← All agents
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-xl font-semibold">{agent.name}</h2>
        <Badge tone={agent.available ? 'success' : 'neutral'}>{agent.available ? 'Available' : 'Unavailable'}</Badge>
        {agent.onCall ? <Badge tone="warning">On a call</Badge> : null}
      </div>
      <Card>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-fg-muted">Extension</dt>
          <dd className="font-mono">{agent.extension ?? '—'}</dd>
          <dt className="text-fg-muted">Email</dt>
          <dd className="break-all">{agent.email ?? '—'}</dd>
          <dt className="text-fg-muted">Phone</dt>
          <dd className="font-mono">{agent.phone ?? '—'}</dd>
          <dt className="text-fg-muted">Caller-id DID</dt>
          <dd className="font-mono">{agent.didNum ?? '—'}</dd>
        </dl>
      </Card>
      <Card>
        <h3 className="mb-1 text-lg font-semibold">Working hours</h3>
        <p className="mb-4 text-sm text-fg-muted">
          When {agent.name} takes calls, in the agent&apos;s time zone. A day left unticked is off all day.
        </p>
        <WeeklyScheduleEditor
          schedule={schedule}
          hidden={{ client_id: clientId, agent_id: agentId }}
          action={saveAgentSchedule}
          timezones={timezoneOptions()}
          canEdit={canWrite}
        />
      </Card>
    </div>
  );
}
