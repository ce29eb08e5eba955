import { AgentDetail } from '@/components/agents/agent-detail';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Agent' };

export default async function AgentPage({ params }: { params: Promise<{ clientId: string; agentId: string }> }) {
  const user = await requireStaff('agents:read');
  const { clientId, agentId } = await params;
  return (
    <AgentDetail
      clientId={clientId}
      agentId={agentId}
      basePath={`/clients/${encodeURIComponent(clientId)}/agents`}
      canWrite={can(user.role, 'agents:write')}
    />
  );
}
