import { AgentDetail } from '@/components/agents/agent-detail';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'Agent' };

export default async function AgentPage({ params }: { params: Promise<{ clientId: string; agentId: string }> }) {
  const { clientId, may, base: root } = await clientScope(params, 'agents:read');
  const { agentId } = await params;
  return (
    <AgentDetail clientId={clientId} agentId={agentId} basePath={`${root}/agents`} canWrite={may('agents:write')} />
  );
}
