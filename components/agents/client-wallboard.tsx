'use client';

import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { Wallboard } from '@/lib/agents/live-types';
import { CountTiles, FreshnessBadge, FullScreenFrame, useLive } from './wallboard';

/** One client's live board: counts, a tile per agent and coverage warnings. */
export function ClientWallboard({ clientId, title }: { clientId: string; title: string }) {
  const q = useLive<Wallboard>(clientId);
  const board = q.data;
  return (
    <FullScreenFrame title={title}>
      <FreshnessBadge stale={q.stale} lastGoodAt={q.dataUpdatedAt || null} error={q.error} fetching={q.isFetching} />
      {!board ? (
        q.isError ? (
          <p role="alert" className="text-danger">
            The board could not be loaded: {q.error?.message} It will try again.
          </p>
        ) : (
          <p className="text-fg-muted">Loading the board…</p>
        )
      ) : (
        <>
          <CountTiles counts={board.counts} />
          {board.coverage.length ? (
            <Card tone="warning">
              <h3 className="mb-2 font-semibold">Coverage warnings</h3>
              <ul className="list-inside list-disc space-y-1 text-sm">
                {board.coverage.map((w) => (
                  <li key={w.number}>
                    <span className="font-mono">{w.number}</span> {w.problem}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          {board.coverageUnknown.length ? (
            <p className="text-sm text-fg-muted">
              Coverage unknown for {board.coverageUnknown.join(', ')}: their schedules could not be read.
            </p>
          ) : null}
          {board.agents.length ? (
            <ul aria-label="Agents" className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
              {board.agents.map((a) => {
                const state = a.onCall ? 'On a call' : a.available ? 'Available' : 'Unavailable';
                return (
                  <li
                    key={a.id}
                    aria-label={`${a.name}: ${state}`}
                    className="rounded-lg border border-line bg-surface p-3"
                  >
                    <span className="block truncate font-medium">{a.name}</span>
                    <span className="block font-mono text-xs text-fg-muted">ext. {a.extension ?? '—'}</span>
                    <Badge className="mt-2" tone={a.onCall ? 'warning' : a.available ? 'success' : 'neutral'}>
                      {state}
                    </Badge>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="text-fg-muted">No active agents.</p>
          )}
        </>
      )}
    </FullScreenFrame>
  );
}
