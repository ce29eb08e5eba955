import Link from 'next/link';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { Bot } from '@/lib/bots/queries';
import { DeleteBot } from './delete-bot';

/** A client's voice bots. The header secret appears only as "set (••••)" or "not set". */
export function BotList({
  clientId,
  bots,
  usage,
  canEdit,
  basePath,
}: {
  clientId: string;
  bots: Bot[];
  /** Bot id → names of the flows that send calls to it. */
  usage: Record<string, string[]>;
  canEdit: boolean;
  basePath: string;
}) {
  return (
    <Table label="Voice bots">
      <TableHeader>
        <TableRow>
          <TableHead>Bot</TableHead>
          <TableHead>WebSocket address</TableHead>
          <TableHead>Header secret</TableHead>
          <TableHead>Used by</TableHead>
          {canEdit ? <TableHead>Actions</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {bots.length === 0 ? (
          <TableEmpty colSpan={canEdit ? 5 : 4}>No voice bots yet.</TableEmpty>
        ) : (
          bots.map((b) => (
            <TableRow key={b.id}>
              <TableCell label="Bot" className="font-medium">
                {b.name}
              </TableCell>
              <TableCell label="WebSocket address" className="break-all font-mono text-xs">
                {b.wssUrl ?? '—'}
              </TableCell>
              <TableCell label="Header secret">{b.headerSet ? 'set (••••)' : 'not set'}</TableCell>
              <TableCell label="Used by">{usage[b.id]?.join(', ') || '—'}</TableCell>
              {canEdit ? (
                <TableCell label="Actions">
                  <div className="flex flex-wrap items-start gap-2">
                    <Link
                      href={`${basePath}/${encodeURIComponent(b.id)}`}
                      className="underline underline-offset-2"
                      aria-label={`Edit bot ${b.name}`}
                    >
                      Edit
                    </Link>
                    <DeleteBot clientId={clientId} bot={{ id: b.id, name: b.name }} usedBy={usage[b.id] ?? []} />
                  </div>
                </TableCell>
              ) : null}
            </TableRow>
          ))
        )}
      </TableBody>
    </Table>
  );
}
