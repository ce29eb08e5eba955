'use client';

import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableRowHead } from '@/components/ui/table';
import type { AllClientsWallboard as Board } from '@/lib/agents/live-types';
import { CountTiles, FreshnessBadge, FullScreenFrame, useLive } from './wallboard';

/** Staff: every client's agents at once, with a per-client summary linking to its own board. */
export function AllClientsWallboard() {
  const q = useLive<Board>(null);
  const board = q.data;
  return (
    <FullScreenFrame title="All clients">
      <FreshnessBadge stale={q.stale} lastGoodAt={q.dataUpdatedAt || null} error={q.error} fetching={q.isFetching} />
      {!board ? (
        q.isError ? (
          <p role="alert" className="text-danger">
            The board could not be loaded: {q.error?.message} It will try again.
          </p>
        ) : (
          <p className="text-fg-muted">Loading every client&apos;s agents…</p>
        )
      ) : (
        <>
          <CountTiles counts={board.totals} />
          {board.failed.length ? (
            <p role="alert" className="text-sm text-danger">
              Not read this time: {board.failed.map((f) => f.name).join(', ')}.
            </p>
          ) : null}
          <Card flush>
            <Table label="Agents per client" stack>
              <TableHeader>
                <TableRow>
                  <TableHead>Client</TableHead>
                  <TableHead>Agents</TableHead>
                  <TableHead>Available</TableHead>
                  <TableHead>On a call</TableHead>
                  <TableHead>Unavailable</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {board.clients.map((c) => (
                  <TableRow key={c.clientId}>
                    <TableRowHead>
                      <Link
                        href={`/clients/${encodeURIComponent(c.clientId)}/agents/live`}
                        className="underline underline-offset-2"
                      >
                        {c.name}
                      </Link>
                    </TableRowHead>
                    <TableCell label="Agents">{c.counts.total}</TableCell>
                    <TableCell label="Available">{c.counts.available}</TableCell>
                    <TableCell label="On a call">{c.counts.onCall}</TableCell>
                    <TableCell label="Unavailable">{c.counts.unavailable}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
          <p className="text-sm text-fg-muted">{board.clientsWithoutAgents} active clients have no agents.</p>
        </>
      )}
    </FullScreenFrame>
  );
}
