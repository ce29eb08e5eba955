'use client';

import { useQuery } from '@tanstack/react-query';
import type { AllClientsWallboard } from '@/lib/agents/live-types';
import { queryKeys } from '@/lib/query-keys';
import { Tile, TileSkeleton, TileUnavailable } from './tile';

const LABEL = 'Agents available now';

/**
 * Agents available now, from the wallboard's own poll (GET /api/agents/live: one upstream read
 * per active client, shared by every screen for a few seconds). Fetched in the browser so the
 * slowest figure never holds up the page; it refreshes every 30 s while the dashboard is open.
 */
export function AgentsTile() {
  const q = useQuery({
    queryKey: queryKeys.agents.live(null),
    queryFn: async (): Promise<AllClientsWallboard> => {
      const res = await fetch('/api/agents/live', { headers: { Accept: 'application/json' } });
      const body = (await res.json().catch(() => null)) as { data?: AllClientsWallboard; message?: string } | null;
      if (!res.ok || !body?.data) throw new Error(body?.message ?? 'Unavailable right now.');
      return body.data;
    },
    refetchInterval: 30_000,
  });
  if (q.isPending) return <TileSkeleton label="agents" />;
  if (q.isError && !q.data)
    return <TileUnavailable label={LABEL} message={`Unavailable right now. ${q.error.message}`} />;
  const { totals, failed } = q.data;
  const n = (v: number) => v.toLocaleString('en-IN');
  return (
    <Tile
      label={LABEL}
      value={n(totals.available)}
      href="/agents"
      detail={`of ${n(totals.total)} agents${failed.length > 0 ? ` · ${n(failed.length)} clients did not answer` : ''}`}
    />
  );
}
