import { AgentsSection } from '@/components/agents/agents-section';
import { parseAgentFilters } from '@/lib/agents/list';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'Agents' };

export default async function ClientAgentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ clientId, may, base: root }, sp] = await Promise.all([clientScope(params, 'agents:read'), searchParams]);
  const page = Number(Array.isArray(sp.page) ? sp.page[0] : sp.page) || 1;
  return (
    <AgentsSection
      clientId={clientId}
      basePath={`${root}/agents`}
      canWrite={may('agents:write')}
      filters={parseAgentFilters(sp)}
      page={page}
    />
  );
}
