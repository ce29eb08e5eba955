'use client';

import { useQuery } from '@tanstack/react-query';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { MaskingSession } from '@/lib/masking/types';
import { queryKeys } from '@/lib/query-keys';
import { SessionActions } from './session-actions';

type Page = { items: MaskingSession[]; page: number; limit: number; total: number };

const POLL_MS = 3000;

async function fetchSessions(clientId: string): Promise<Page> {
  const res = await fetch(`/api/masking/${encodeURIComponent(clientId)}/sessions`, {
    cache: 'no-store',
    headers: { Accept: 'application/json' },
  });
  const body = (await res.json().catch(() => ({}))) as { data?: Page; message?: string };
  if (!res.ok || !body.data) throw new Error(body.message ?? `The sessions could not be loaded (${res.status}).`);
  return body.data;
}

const TONES: Record<string, BadgeTone> = {
  ringing: 'warning',
  connected: 'success',
  failed: 'danger',
  expired: 'neutral',
  cancelled: 'neutral',
  completed: 'neutral',
};

function timeLeft(s: MaskingSession, now: number): string {
  if (!s.live || !s.expiresAt) return '—';
  const ms = Date.parse(s.expiresAt) - now;
  if (Number.isNaN(ms) || ms <= 0) return 'ending';
  const m = Math.floor(ms / 60_000);
  return m >= 1 ? `${m} min left` : `${Math.ceil(ms / 1000)} s left`;
}

/**
 * The client's sessions, polled every 3 s while any is ringing or connected; TanStack Query
 * stops polling while the tab is hidden (refetchIntervalInBackground: false) and when nothing
 * is live. Party numbers arrive masked from the route.
 */
export function SessionsLive({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const q = useQuery({
    queryKey: queryKeys.masking.sessions(clientId),
    queryFn: () => fetchSessions(clientId),
    refetchInterval: (query) => (query.state.data?.items.some((s) => s.live) ? POLL_MS : false),
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
  const items = q.data?.items ?? [];
  const live = items.filter((s) => s.live).length;
  const now = q.dataUpdatedAt || Date.now();

  return (
    <section aria-labelledby="sessions-heading" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          Sessions
        </h2>
        <p aria-live="polite" className="text-sm text-fg-muted">
          {q.isPending ? 'Loading…' : live ? `${live} live; updating every 3 seconds` : 'No live session'}
        </p>
      </div>
      {q.isError ? (
        <p role="alert" className="text-danger">
          {q.error.message}
        </p>
      ) : null}
      <Card flush>
        {items.length === 0 ? (
          <p className="p-4">{q.isPending ? 'Loading sessions…' : 'No sessions yet.'}</p>
        ) : (
          <Table label="Masking sessions" stack>
            <TableHeader>
              <TableRow>
                <TableHead pad="wide">Session</TableHead>
                <TableHead pad="wide">Number</TableHead>
                <TableHead pad="wide">Parties</TableHead>
                <TableHead pad="wide">Status</TableHead>
                <TableHead pad="wide">Time left</TableHead>
                <TableHead pad="wide">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((s) => (
                <TableRow key={s.id} data-session={s.id}>
                  <TableCell label="Session" pad="wide" className="font-mono">
                    {s.id}
                  </TableCell>
                  <TableCell label="Number" pad="wide" className="font-mono">
                    {s.did ?? '—'}
                  </TableCell>
                  <TableCell label="Parties" pad="wide" className="font-mono">
                    {s.partyA} ↔ {s.partyB}
                  </TableCell>
                  <TableCell label="Status" pad="wide">
                    <Badge tone={TONES[s.status] ?? 'neutral'}>{s.status}</Badge>
                  </TableCell>
                  <TableCell label="Time left" pad="wide">
                    {timeLeft(s, now)}
                  </TableCell>
                  <TableCell label="Actions" pad="wide">
                    <SessionActions clientId={clientId} session={s} canWrite={canWrite} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </section>
  );
}
