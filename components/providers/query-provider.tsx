'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';

/**
 * One TanStack Query client per browser tab, for the console and the account shells (not the
 * public pages, which stay light). Reads poll route handlers built with defineRoute; writes stay
 * server actions, and are never retried by the library (exactly-once money has its own keys).
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Figures on these screens change upstream; a few seconds of reuse avoids double fetches
        // when two components ask at once, without showing old data for long.
        staleTime: 5_000,
        retry: 1,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}

export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(makeQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
