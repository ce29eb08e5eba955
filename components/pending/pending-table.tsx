import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { PendingItem } from '@/lib/pending/list';
import { PendingRowActions } from './pending-row-actions';

const when = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Kolkata' });

export function PendingTable({ items, canWrite }: { items: PendingItem[]; canWrite: boolean }) {
  return (
    <Card className="p-0 sm:overflow-x-auto sm:p-0">
      <table className="block w-full text-left text-sm sm:table">
        <caption className="sr-only">Pending registrations</caption>
        <thead className="hidden border-b border-line text-fg-muted sm:table-header-group">
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
        <tbody className="block sm:table-row-group">
          {items.map((p) => (
            <tr
              key={p.tempClientId}
              className="flex flex-wrap items-start gap-x-4 gap-y-2 border-b border-line p-4 align-top last:border-0 sm:table-row sm:p-0"
            >
              <th scope="row" className="min-w-0 flex-1 font-medium sm:px-4 sm:py-3">
                {p.name}
              </th>
              <td className="order-last basis-full sm:order-none sm:px-4 sm:py-3">
                <span className="block break-all">{p.email}</span>
                <span className="block text-fg-muted">{p.mobile}</span>
              </td>
              <td className="sm:px-4 sm:py-3">
                <Badge title={p.stage}>{p.stageLabel}</Badge>
              </td>
              <td className="whitespace-nowrap text-fg-muted sm:px-4 sm:py-3 sm:text-fg">
                {p.createdAt ? (
                  <time dateTime={p.createdAt} title={when.format(new Date(p.createdAt))}>
                    {p.age}
                  </time>
                ) : (
                  p.age
                )}
              </td>
              {canWrite ? (
                <td className="order-last basis-full sm:order-none sm:px-4 sm:py-3">
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
