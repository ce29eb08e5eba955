import { Card } from '@/components/ui/card';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableEmpty,
  TableHead,
  TableHeader,
  TableRow,
  TableRowHead,
} from '@/components/ui/table';
import { actionLabel, inputFields, outcomeLabel } from '@/lib/audit/labels';
import type { AuditRow } from '@/lib/audit/log';
import { formatTimestamp } from '@/lib/time-display';

const TONE: Record<string, string> = {
  ok: 'text-success',
  denied: 'text-danger',
  invalid: 'text-danger',
  error: 'text-danger',
  unauthenticated: 'text-danger',
};

/**
 * Audit rows: plain-language action (code on hover and in the detail), who, the client, the
 * outcome with its message, and the redacted input as a key/value list. Stacked into cards
 * under 640 px; the wrapper region is focusable and labelled (axe scrollable-region-focusable).
 */
export function AuditTable({
  rows,
  zone,
  showClient = true,
  label = 'Audit entries',
}: {
  rows: AuditRow[];
  zone: string;
  showClient?: boolean;
  label?: string;
}) {
  const cols = showClient ? 6 : 5;
  return (
    <Card flush>
      <Table label={label} stack>
        <TableCaption visuallyHidden>{label}, newest first</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>What</TableHead>
            <TableHead>When</TableHead>
            <TableHead>Who</TableHead>
            {showClient ? <TableHead>Client</TableHead> : null}
            <TableHead>Result</TableHead>
            <TableHead>Input</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <TableEmpty colSpan={cols}>No entries match.</TableEmpty>
          ) : (
            rows.map((r) => {
              const fields = inputFields(r.input);
              return (
                <TableRow key={r.id} data-action={r.action}>
                  <TableRowHead className="min-w-48">
                    <span title={r.action}>{actionLabel(r.action)}</span>
                    <span className="block font-mono text-xs font-normal text-fg-muted">{r.action}</span>
                  </TableRowHead>
                  <TableCell label="When" className="whitespace-nowrap">
                    <time dateTime={r.at}>{formatTimestamp(r.at, zone)}</time>
                  </TableCell>
                  <TableCell label="Who" className="break-all">
                    {r.userEmail ?? 'someone signed out'}
                    {r.role ? <span className="block text-xs text-fg-muted">{r.role}</span> : null}
                  </TableCell>
                  {showClient ? (
                    <TableCell label="Client" className="font-mono text-xs">
                      {r.clientId ?? '—'}
                    </TableCell>
                  ) : null}
                  <TableCell label="Result" className="min-w-40">
                    <span className={TONE[r.outcome] ?? ''} title={r.outcome}>
                      {outcomeLabel(r.outcome)}
                    </span>
                    {r.message ? <span className="block text-xs text-fg-muted">{r.message}</span> : null}
                  </TableCell>
                  <TableCell label="Input" className="min-w-48">
                    {fields.length === 0 ? (
                      <span className="text-fg-muted">—</span>
                    ) : (
                      <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                        {fields.map((f) => (
                          <div key={f.key} className="contents">
                            <dt className="text-fg-muted">{f.key}</dt>
                            <dd className="break-words font-mono">{f.value}</dd>
                          </div>
                        ))}
                      </dl>
                    )}
                  </TableCell>
                </TableRow>
              );
            })
          )}
        </TableBody>
      </Table>
    </Card>
  );
}
