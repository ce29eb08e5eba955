import Link from 'next/link';
import { ClientNumbersTable } from '@/components/numbers/client-numbers-table';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getFlowNames } from '@/lib/flows/queries';
import { getClientNumbers } from '@/lib/numbers/queries';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'Numbers' };

export default async function ClientNumbersPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId, may, base: root } = await clientScope(params, 'numbers:read');
  const [numbers, flowNames] = await Promise.all([getClientNumbers(clientId), getFlowNames(clientId)]);
  return (
    <section aria-labelledby="numbers-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="numbers-heading" className="text-xl font-semibold">
          Numbers ({numbers.length})
        </h2>
        {may('numbers:buy') ? (
          <Link href={`${root}/numbers/search`} className={buttonClass('primary')}>
            Search and buy numbers
          </Link>
        ) : null}
      </div>
      {numbers.length ? (
        <ClientNumbersTable
          clientId={clientId}
          numbers={numbers}
          canRemove={may('numbers:write')}
          flowNames={flowNames}
          basePath={`${root}/numbers`}
        />
      ) : (
        <Card>
          <p>This client has no numbers yet.</p>
        </Card>
      )}
    </section>
  );
}
