import Link from 'next/link';
import { Card } from '@/components/ui/card';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHead,
} from '@/components/ui/table';
import type { ClientNumber } from '@/lib/numbers/queries';
import { RemoveNumber } from './remove-number';

/**
 * A client's numbers. Under 640 px each number is a card (Table `stack`) whose Schedule and
 * Remove buttons stay on screen; wider, a table with the actions in the last column.
 */
export function ClientNumbersTable({
  clientId,
  numbers,
  canRemove,
  flowNames,
  basePath,
}: {
  clientId: string;
  numbers: ClientNumber[];
  canRemove: boolean;
  /** Flow id → name from the portal's flow registry (upstream cannot name flows). */
  flowNames?: Record<string, string>;
  /** Where this client's number pages live: the console's `/clients/<id>/numbers` or `/account/numbers`. */
  basePath?: string;
}) {
  const base = basePath ?? `/clients/${encodeURIComponent(clientId)}/numbers`;
  const none = <span className="text-fg-muted">None</span>;
  return (
    <Card className="p-0 sm:p-0">
      <Table label="This client's numbers" stack>
        <TableCaption className="sr-only">This client&apos;s numbers</TableCaption>
        <TableHeader className="text-fg-muted">
          <TableRow>
            <TableHead className="px-4 font-medium">Number</TableHead>
            <TableHead className="px-4 font-medium">Region</TableHead>
            <TableHead className="px-4 font-medium">Call flow</TableHead>
            <TableHead className="px-4 font-medium">Agent</TableHead>
            <TableHead className="px-4 font-medium">Caller id of</TableHead>
            <TableHead className="px-4">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {numbers.map((n) => (
            <TableRow key={n.didId}>
              <TableRowHead className="px-4 font-normal">
                <Link
                  href={`${base}/${encodeURIComponent(n.didId)}`}
                  className="font-mono underline underline-offset-2"
                >
                  {n.number}
                </Link>
              </TableRowHead>
              <TableCell label="Region" className="px-4">
                {n.region ?? '—'}
              </TableCell>
              <TableCell label="Call flow" className="px-4">
                {n.flowId ? (flowNames?.[n.flowId] ?? `Flow #${n.flowId}`) : none}
              </TableCell>
              <TableCell label="Agent" className="px-4">
                {n.agentExt ? `${n.agentName ?? 'Agent'} (ext. ${n.agentExt})` : none}
              </TableCell>
              <TableCell label="Caller id of" className="px-4">
                {n.callerIdOf.length ? (
                  n.callerIdOf.map((a) => a.name).join(', ')
                ) : (
                  <span className="text-fg-muted">—</span>
                )}
              </TableCell>
              <TableCell className="px-4">
                <div className="flex flex-wrap gap-2 sm:flex-nowrap sm:justify-end">
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
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}
