import Link from 'next/link';
import { ClientPicker, pickerQuery } from '@/components/clients/client-picker';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Agents' };

/** Agents belong to clients: pick one, or watch every client's agents on the live board. */
export default async function AgentsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireStaff('agents:read');
  const q = pickerQuery((await searchParams).q);
  return (
    <>
      <PageHeader
        title="Agents"
        description="Choose a client to manage its agents, their numbers and schedules, or watch every client live."
      />
      <p className="mb-4">
        <Link href="/agents/live" className={buttonClass('secondary')}>
          Live wallboard: all clients
        </Link>
      </p>
      <ClientPicker q={q} area="agents" areaLabel="Agents" />
    </>
  );
}
