import Link from 'next/link';
import { AgentImport } from '@/components/agents/import/agent-import';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Import agents' };

export default async function ImportAgentsPage({ params }: { params: Promise<{ clientId: string }> }) {
  await requireStaff('agents:write');
  const { clientId } = await params;
  const base = `/clients/${encodeURIComponent(clientId)}/agents`;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={base} className="text-fg-muted underline underline-offset-2">
          ← All agents
        </Link>
      </p>
      <h2 className="text-xl font-semibold">Import agents from a CSV file</h2>
      <AgentImport clientId={clientId} agentsHref={base} />
    </div>
  );
}
