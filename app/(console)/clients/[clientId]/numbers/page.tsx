import Link from 'next/link';
import { ClientNumbersTable } from '@/components/numbers/client-numbers-table';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { getFlowNames } from '@/lib/flows/queries';
import { getClientNumbers } from '@/lib/numbers/queries';

export const metadata = { title: 'Numbers' };

export default async function ClientNumbersPage({ params }: { params: Promise<{ clientId: string }> }) {
  const user = await requireStaff('numbers:read');
  const { clientId } = await params;
  const [numbers, flowNames] = await Promise.all([getClientNumbers(clientId), getFlowNames(clientId)]);
  return (
    <section aria-labelledby="numbers-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="numbers-heading" className="text-xl font-semibold">
          Numbers ({numbers.length})
        </h2>
        {can(user.role, 'numbers:buy') ? (
          <Link href={`/clients/${encodeURIComponent(clientId)}/numbers/search`} className={buttonClass('primary')}>
            Search and buy numbers
          </Link>
        ) : null}
      </div>
      {numbers.length ? (
        <ClientNumbersTable
          clientId={clientId}
          numbers={numbers}
          canRemove={can(user.role, 'numbers:write')}
          flowNames={flowNames}
        />
      ) : (
        <Card>
          <p>This client has no numbers yet.</p>
        </Card>
      )}
    </section>
  );
}
