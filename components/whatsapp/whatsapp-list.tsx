import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { WhatsappNumber } from '@/lib/whatsapp/queries';
import { UnlinkWhatsapp } from './unlink-button';

/** Linked WhatsApp numbers with their status; the access token is "set (••••)", never shown. */
export function WhatsappList({
  clientId,
  numbers,
  canEdit,
  basePath,
}: {
  clientId: string;
  numbers: WhatsappNumber[];
  canEdit: boolean;
  basePath: string;
}) {
  return (
    <Table label="WhatsApp numbers">
      <TableHeader>
        <TableRow>
          <TableHead>Number</TableHead>
          <TableHead>Phone number id</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Access token</TableHead>
          <TableHead>Actions</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {numbers.length === 0 ? (
          <TableEmpty colSpan={5}>No WhatsApp numbers linked yet.</TableEmpty>
        ) : (
          numbers.map((n) => {
            const label = n.displayNumber ?? n.verifiedName ?? n.phoneNumberId;
            return (
              <TableRow key={n.waDidId}>
                <TableCell label="Number">
                  <span className="font-mono">{n.displayNumber ?? '—'}</span>
                  {n.verifiedName ? <span className="block text-sm text-fg-muted">{n.verifiedName}</span> : null}
                </TableCell>
                <TableCell label="Phone number id" className="font-mono">
                  {n.phoneNumberId}
                </TableCell>
                <TableCell label="Status">
                  <Badge tone={n.status === 'connected' ? 'success' : 'neutral'}>{n.status}</Badge>
                </TableCell>
                <TableCell label="Access token">set (••••)</TableCell>
                <TableCell label="Actions">
                  <div className="flex flex-wrap items-start gap-2">
                    <Link
                      href={`${basePath}/${encodeURIComponent(n.waDidId)}`}
                      className="underline underline-offset-2"
                      aria-label={`Schedule of ${label}`}
                    >
                      Schedule
                    </Link>
                    {canEdit ? <UnlinkWhatsapp clientId={clientId} waDidId={n.waDidId} label={label} /> : null}
                  </div>
                </TableCell>
              </TableRow>
            );
          })
        )}
      </TableBody>
    </Table>
  );
}
