import { agentKeys } from '@/lib/agents/query-keys';

/**
 * Every TanStack Query key in the portal comes from this one factory, so an invalidation after a
 * mutation (`queryClient.invalidateQueries({ queryKey: queryKeys.dids.all(clientId) })`) reaches
 * every screen that shows the same data. Keys start with the area, then the client.
 */
export const queryKeys = {
  agents: agentKeys,
  dids: {
    all: (clientId: string) => ['dids', clientId] as const,
    search: (clientId: string, params: Record<string, string>) => ['dids', clientId, 'search', params] as const,
  },
  masking: {
    all: (clientId: string) => ['masking', clientId] as const,
    sessions: (clientId: string, params: Record<string, string> = {}) =>
      ['masking', clientId, 'sessions', params] as const,
  },
  wallet: {
    all: (clientId: string) => ['wallet', clientId] as const,
  },
} as const;
