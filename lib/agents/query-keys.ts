/** TanStack Query keys of the agents area, from one factory so invalidation stays consistent. */
export const agentKeys = {
  all: ['agents'] as const,
  live: (clientId: string | null) => ['agents', 'live', clientId ?? 'all-clients'] as const,
};

/** Poll every 5 s; after failures back off (10, 20, 40 s, at most 60 s) so an outage is not hammered. */
export const LIVE_INTERVAL_MS = 5_000;
export function liveInterval(consecutiveFailures: number): number {
  if (consecutiveFailures <= 0) return LIVE_INTERVAL_MS;
  return Math.min(LIVE_INTERVAL_MS * 2 ** consecutiveFailures, 60_000);
}
