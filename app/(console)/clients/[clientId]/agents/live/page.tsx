import Link from 'next/link';
import { ClientWallboard } from '@/components/agents/client-wallboard';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Agents live' };

export default async function ClientAgentsLivePage({ params }: { params: Promise<{ clientId: string }> }) {
  await requireStaff('agents:read');
  const { clientId } = await params;
  const base = `/clients/${encodeURIComponent(clientId)}/agents`;
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
