import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { ClientNumber } from '@/lib/numbers/queries';
import { RemoveNumber } from './remove-number';

export function ClientNumbersTable({
  clientId,
  numbers,
  canRemove,
}: {
  clientId: string;
  numbers: ClientNumber[];
  canRemove: boolean;
}) {
  const base = `/clients/${encodeURIComponent(clientId)}/numbers`;
  return (
    <Card className="overflow-x-auto p-0 sm:p-0">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">This client&apos;s numbers</caption>
        <thead className="border-b border-line text-fg-muted">
          <tr>
            <th scope="col" className="px-4 py-2">
              Number
            </th>
            <th scope="col" className="px-4 py-2">
              Region
            </th>
            <th scope="col" className="px-4 py-2">
              Call flow
            </th>
            <th scope="col" className="px-4 py-2">
              Agent
            </th>
            <th scope="col" className="px-4 py-2">
              Caller id of
            </th>
            <th scope="col" className="px-4 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {numbers.map((n) => (
            <tr key={n.didId} className="border-b border-line last:border-0">
              <th scope="row" className="px-4 py-2 font-normal">
                <Link
                  href={`${base}/${encodeURIComponent(n.didId)}`}
                  className="font-mono underline underline-offset-2"
                >
                  {n.number}
                </Link>
              </th>
              <td className="px-4 py-2">{n.region ?? '—'}</td>
              <td className="px-4 py-2">
                {n.flowId ? `Flow #${n.flowId}` : <span className="text-fg-muted">None</span>}
              </td>
              <td className="px-4 py-2">
                {n.agentExt ? (
                  `${n.agentName ?? 'Agent'} (ext. ${n.agentExt})`
                ) : (
                  <span className="text-fg-muted">None</span>
                )}
              </td>
              <td className="px-4 py-2">
                {n.callerIdOf.length ? (
                  n.callerIdOf.map((a) => a.name).join(', ')
                ) : (
                  <span className="text-fg-muted">—</span>
                )}
              </td>
              <td className="px-4 py-2">
                <div className="flex justify-end gap-2">
                  <Link
                    href={`${base}/${encodeURIComponent(n.didId)}`}
                    className="rounded-md border border-line px-3 py-2 hover:bg-surface-muted"
                    aria-label={`Schedule of ${n.number}`}
                  >
                    Schedule
                  </Link>
                  {canRemove ? (
                    <RemoveNumber
                      clientId={clientId}
                      number={n.number}
                      dependents={{
                        flowId: n.flowId,
                        agentExt: n.agentExt,
                        agentName: n.agentName,
                        callerIdOf: n.callerIdOf.map((a) => (a.extension ? `${a.name} (ext. ${a.extension})` : a.name)),
                      }}
                    />
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
