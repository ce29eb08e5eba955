import Link from 'next/link';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { agentLabel, botLabel, type FlowOptions } from '@/lib/flows/definition';
import type { FlowListItem } from '@/lib/flows/queries';

/** The client's flows from the registry, each with the numbers it answers today. */
export function FlowList({ flows, opts, basePath }: { flows: FlowListItem[]; opts: FlowOptions; basePath: string }) {
  return (
    <Table label="Call flows">
      <TableHeader>
        <TableRow>
          <TableHead>Flow</TableHead>
          <TableHead>Runs on</TableHead>
          <TableHead>Answers</TableHead>
          <TableHead>Last saved</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {flows.length === 0 ? (
          <TableEmpty colSpan={4}>No flows yet.</TableEmpty>
        ) : (
          flows.map((f) => (
            <TableRow key={f.flowId}>
              <TableCell label="Flow">
                <Link
                  href={`${basePath}/${encodeURIComponent(f.flowId)}`}
                  className="font-medium underline underline-offset-2"
                >
                  {f.name}
                </Link>
              </TableCell>
              <TableCell label="Runs on" className="font-mono">
                {f.runsOn.length ? (
                  f.runsOn.map((d) => d.number).join(', ')
                ) : (
                  <span className="font-sans text-fg-muted">No number</span>
                )}
              </TableCell>
              <TableCell label="Answers">
                {f.definition.target === 'bot'
                  ? `Bot: ${botLabel(opts, f.definition.botId)}`
                  : agentLabel(opts, f.definition.agentExt)}
              </TableCell>
              <TableCell label="Last saved">
                v{f.version}, {f.updatedAt.slice(0, 16).replace('T', ' ')} UTC
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
