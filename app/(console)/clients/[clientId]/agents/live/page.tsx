import Link from 'next/link';
import { ClientWallboard } from '@/components/agents/client-wallboard';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'Agents live' };

export default async function ClientAgentsLivePage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId, base: root } = await clientScope(params, 'agents:read');
  const base = `${root}/agents`;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={base} className="text-fg-muted underline underline-offset-2">
          ← All agents
        </Link>
      </p>
      <ClientWallboard clientId={clientId} title="Live wallboard" />
    </div>
  );
}
