import Link from 'next/link';
import { AgentImport } from '@/components/agents/import/agent-import';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'Import agents' };

export default async function ImportAgentsPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId, base: root } = await clientScope(params, 'agents:write');
  const base = `${root}/agents`;
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
