import { AgentsSection } from '@/components/agents/agents-section';
import { parseAgentFilters } from '@/lib/agents/list';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Agents' };

export default async function ClientAgentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireStaff('agents:read');
  const [{ clientId }, sp] = await Promise.all([params, searchParams]);
  const page = Number(Array.isArray(sp.page) ? sp.page[0] : sp.page) || 1;
  return (
    <AgentsSection
      clientId={clientId}
      basePath={`/clients/${encodeURIComponent(clientId)}/agents`}
      canWrite={can(user.role, 'agents:write')}
      filters={parseAgentFilters(sp)}
      page={page}
    />
  );
}
