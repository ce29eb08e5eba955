import 'server-only';
import { cache } from 'react';
import { partnerApi } from '@/lib/partner-api';
import { type PendingItem, type PendingPage, type PendingQuery, queryPending, toPendingItem } from './list';

/** Every pending registration upstream, once per request. */
export const getPendingItems = cache(async (): Promise<PendingItem[]> => {
  const rows = await partnerApi().call('pending');
  const now = new Date();
  return rows.map((r) => toPendingItem(r, now));
});

export async function listPending(query: PendingQuery): Promise<PendingPage> {
  return queryPending(await getPendingItems(), query);
}

/** Looked up again on the server: actions never trust names or contacts the browser sends. */
export async function findPending(tempClientId: string): Promise<PendingItem | null> {
  return (await getPendingItems()).find((i) => i.tempClientId === tempClientId) ?? null;
}
