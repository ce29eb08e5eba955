'use client';

import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { agentKeys, liveInterval } from '@/lib/agents/query-keys';

/**
 * Live boards, polled through GET /api/agents/live (a route handler: server actions run one at
 * a time per browser, polls must not queue behind them). Refetches every 5 s while the tab is
 * visible, backs off after failures and then shows how old the figures on screen are.
 */
export type Counts = { total: number; available: number; unavailable: number; onCall: number };

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as { data?: T; message?: string } | null;
  if (!res.ok || !body?.data) throw new Error(body?.message ?? `The server answered ${res.status}.`);
  return body.data;
}

export function useLive<T>(clientId: string | null) {
  const failures = useRef(0);
  const query = useQuery({
    queryKey: agentKeys.live(clientId),
    queryFn: async () => {
      try {
        const data = await getJson<T>(
          `/api/agents/live${clientId ? `?client_id=${encodeURIComponent(clientId)}` : ''}`,
        );
        failures.current = 0;
        return data;
      } catch (e) {
        failures.current += 1;
        throw e;
      }
    },
    // Own back-off below instead of the library's retries, so "stale" shows after one failure.
    retry: false,
    refetchInterval: () => liveInterval(failures.current),
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
  });
  const stale = query.isError && query.data !== undefined;
  return { ...query, stale };
}

const time = (ms: number) => new Date(ms).toLocaleTimeString('en-GB', { hour12: false });

export function FreshnessBadge({
  stale,
  lastGoodAt,
  error,
  fetching,
}: {
  stale: boolean;
  lastGoodAt: number | null;
  error: Error | null;
  fetching: boolean;
}) {
  return (
    <div role="status" aria-live="polite" className="flex flex-wrap items-center gap-2 text-sm">
      {stale && lastGoodAt ? (
        <>
          <Badge tone="warning">Stale since {time(lastGoodAt)}</Badge>
          <span className="text-fg-muted">{error?.message} Retrying with back-off.</span>
        </>
      ) : lastGoodAt ? (
        <span className="text-fg-muted">
          Updated {time(lastGoodAt)}
          {fetching ? ' · refreshing…' : ''}
        </span>
      ) : null}
    </div>
  );
}

export function CountTiles({ counts }: { counts: Counts }) {
  const tiles = [
    { label: 'Available', value: counts.available, cls: 'border-green-700' },
    { label: 'On a call', value: counts.onCall, cls: 'border-amber-700' },
    { label: 'Unavailable', value: counts.unavailable, cls: 'border-line' },
  ];
  return (
    <ul aria-label="Agent counts" className="grid grid-cols-3 gap-2 sm:gap-4">
      {tiles.map((t) => (
        <li key={t.label} className={`rounded-lg border-2 bg-surface p-3 text-center ${t.cls}`}>
          <span className="block text-3xl font-bold tabular-nums" data-count={t.label}>
            {t.value}
          </span>
          <span className="text-sm">{t.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** A wall-display mode: the board alone, full screen (Escape leaves it). */
export function FullScreenFrame({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [wall, setWall] = useState(false);
  const enter = async () => {
    setWall(true);
    await ref.current?.requestFullscreen?.().catch(() => undefined);
  };
  // Escape (or the browser's own control) leaves real full screen: follow it.
  useEffect(() => {
    const sync = () => {
      if (!document.fullscreenElement) setWall(false);
    };
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  const leave = async () => {
    setWall(false);
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  };
  return (
    <div ref={ref} className={wall ? 'fixed inset-0 z-40 overflow-auto bg-bg p-6 text-lg' : 'space-y-4'}>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-xl font-semibold">{title}</h2>
        <Button variant="secondary" size="sm" onClick={wall ? leave : enter}>
          {wall ? 'Leave full screen' : 'Full screen'}
        </Button>
      </div>
      <div className="space-y-4">{children}</div>
    </div>
  );
}
