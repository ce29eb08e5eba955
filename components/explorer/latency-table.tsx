import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { type Aggregate, percentile } from '@/lib/explorer/percentiles';

const ms = (v: number | null) =>
  v === null ? '—' : v === Number.POSITIVE_INFINITY ? '> 10 s' : `≤ ${v.toLocaleString('en-IN')} ms`;
const rate = (a: Aggregate) => (a.calls === 0 ? '—' : `${((a.errors / a.calls) * 100).toFixed(1)}%`);

/** Last hour per endpoint group: calls, latency percentiles (bucket bounds), error rate. */
export function LatencyTable({ groups, all }: { groups: (Aggregate & { group: string })[]; all: Aggregate }) {
  const rows = [...groups, { ...all, group: 'All calls' }];
  return (
    <Table label="Upstream latency, last hour" stack>
      <TableHeader>
        <TableRow>
          <TableHead>Endpoint group</TableHead>
          <TableHead className="text-right">Calls</TableHead>
          <TableHead className="text-right">p50</TableHead>
          <TableHead className="text-right">p95</TableHead>
          <TableHead className="text-right">p99</TableHead>
          <TableHead className="text-right">Errors</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.length === 0 ? (
          <TableEmpty colSpan={6}>No partner calls in the last hour.</TableEmpty>
        ) : (
          rows.map((g) => (
            <TableRow key={g.group} className={g.group === 'All calls' ? 'font-semibold' : undefined}>
              <TableCell label="Endpoint group">{g.group}</TableCell>
              <TableCell label="Calls" className="text-right tabular-nums">
                {g.calls.toLocaleString('en-IN')}
              </TableCell>
              <TableCell label="p50" className="text-right tabular-nums">
                {ms(percentile(g.buckets, 0.5))}
              </TableCell>
              <TableCell label="p95" className="text-right tabular-nums">
                {ms(percentile(g.buckets, 0.95))}
              </TableCell>
              <TableCell label="p99" className="text-right tabular-nums">
                {ms(percentile(g.buckets, 0.99))}
              </TableCell>
              <TableCell label="Errors" className="text-right tabular-nums">
                {rate(g)}
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
