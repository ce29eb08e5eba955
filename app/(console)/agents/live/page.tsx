import Link from 'next/link';
import { AllClientsWallboard } from '@/components/agents/all-clients-wallboard';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Agents live' };

export default async function AllAgentsLivePage() {
  await requireStaff('agents:read');
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/agents" className="text-fg-muted underline underline-offset-2">
          ← Agents
        </Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">Agents live</h1>
      <AllClientsWallboard />
    </div>
  );
}
