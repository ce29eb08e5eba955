import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { PendingItem } from '@/lib/pending/list';
import { PendingRowActions } from './pending-row-actions';

const when = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Kolkata' });

export function PendingTable({ items, canWrite }: { items: PendingItem[]; canWrite: boolean }) {
  return (
    <Card className="overflow-x-auto p-0 sm:p-0">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Pending registrations</caption>
        <thead className="border-b border-line text-fg-muted">
          <tr>
            <th scope="col" className="px-4 py-2">
              Name
            </th>
            <th scope="col" className="px-4 py-2">
              Contact
            </th>
            <th scope="col" className="px-4 py-2">
              Next step
            </th>
            <th scope="col" className="px-4 py-2">
              Age
            </th>
            {canWrite ? (
              <th scope="col" className="px-4 py-2">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.tempClientId} className="border-b border-line align-top last:border-0">
              <th scope="row" className="px-4 py-3 font-medium">
                {p.name}
              </th>
              <td className="px-4 py-3">
                <span className="block break-all">{p.email}</span>
                <span className="block text-fg-muted">{p.mobile}</span>
              </td>
              <td className="px-4 py-3">
                <Badge title={p.stage}>{p.stageLabel}</Badge>
              </td>
              <td className="whitespace-nowrap px-4 py-3">
                {p.createdAt ? (
                  <time dateTime={p.createdAt} title={when.format(new Date(p.createdAt))}>
                    {p.age}
                  </time>
                ) : (
                  p.age
                )}
              </td>
              {canWrite ? (
                <td className="px-4 py-3">
                  <PendingRowActions tempClientId={p.tempClientId} name={p.name} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
