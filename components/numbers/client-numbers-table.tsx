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
    <Card flush>
      <Table label="This client's numbers" stack>
        <TableCaption visuallyHidden>This client&apos;s numbers</TableCaption>
        <TableHeader className="text-fg-muted">
          <TableRow>
            <TableHead pad="wide" weight="medium">
              Number
            </TableHead>
            <TableHead pad="wide" weight="medium">
              Region
            </TableHead>
            <TableHead pad="wide" weight="medium">
              Call flow
            </TableHead>
            <TableHead pad="wide" weight="medium">
              Agent
            </TableHead>
            <TableHead pad="wide" weight="medium">
              Caller id of
            </TableHead>
            <TableHead pad="wide">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {numbers.map((n) => (
            <TableRow key={n.didId}>
              <TableRowHead pad="wide" weight="normal">
                <Link
                  href={`${base}/${encodeURIComponent(n.didId)}`}
                  className="font-mono underline underline-offset-2"
                >
                  {n.number}
                </Link>
              </TableRowHead>
              <TableCell label="Region" pad="wide">
                {n.region ?? '—'}
              </TableCell>
              <TableCell label="Call flow" pad="wide">
                {n.flowId ? (flowNames?.[n.flowId] ?? `Flow #${n.flowId}`) : none}
              </TableCell>
              <TableCell label="Agent" pad="wide">
                {n.agentExt ? `${n.agentName ?? 'Agent'} (ext. ${n.agentExt})` : none}
              </TableCell>
              <TableCell label="Caller id of" pad="wide">
                {n.callerIdOf.length ? (
                  n.callerIdOf.map((a) => a.name).join(', ')
                ) : (
                  <span className="text-fg-muted">—</span>
                )}
              </TableCell>
              <TableCell pad="wide">
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
