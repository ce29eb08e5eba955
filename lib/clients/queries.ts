import 'server-only';
import { cache } from 'react';
import { log } from '@/lib/log';
import { isPartnerApiError, partnerApi } from '@/lib/partner-api';
import { idSchema } from '@/lib/partner-api/endpoints/common';
import { createSharedCache, sharedCache } from './cache';
import { type KycSummary, summarizeKyc } from './kyc';
import {
  buildIndex,
  type ClientIndex,
  type ClientPage,
  type ClientRow,
  filterClients,
  parseTime,
  queryClients,
  rankMatches,
  toClientRow,
  toPaise,
} from './list';
import type { ListParams } from './schemas';

/**
 * Upstream's `clients` answers every client in one list (10,000+ rows for a large reseller),
 * so it is fetched at most once per CLIENTS_TTL_MS per process and shared by all requests
 * (refreshed in the background for CLIENTS_STALE_MS after that, so no reader waits on the
 * slow call); mutations that change a client call invalidateClients(). With several
 * instances, another instance's list may lag by up to TTL + stale window (60 s): fine for a
 * list view, and client pages read `client/{id}` fresh.
 */
export const CLIENTS_TTL_MS = 15_000;
/** After the TTL, the old list is served for up to this long while one refresh runs. */
export const CLIENTS_STALE_MS = 45_000;

type Snapshot = { index: ClientIndex; loadedAt: number };

const clientsCache = () =>
  sharedCache<Snapshot>('clients', () =>
    createSharedCache({
      ttlMs: CLIENTS_TTL_MS,
      staleMs: CLIENTS_STALE_MS,
      onBackgroundError: (err) => log.warn({ err }, 'clients list refresh failed; serving the previous list'),
      load: async () => {
        const raw = await partnerApi().call('clients');
        return { index: buildIndex(raw.map(toClientRow)), loadedAt: Date.now() };
      },
    }),
  );

/** For every mutation that changes a client's list fields (status, balance, validity, new client). */
export function invalidateClients(): void {
  clientsCache().invalidate();
}

export async function listClients(params: ListParams): Promise<ClientPage & { loadedAt: number }> {
  const snap = await clientsCache().get();
  return { ...queryClients(snap.index, params, Date.now()), loadedAt: snap.loadedAt };
}

/** Every row matching the filters (the page number is ignored), for the CSV export. */
export async function listAllMatchingClients(params: Omit<ListParams, 'page'>): Promise<ClientRow[]> {
  const snap = await clientsCache().get();
  return filterClients(snap.index, params, Date.now());
}

export type ClientMatch = Pick<ClientRow, 'id' | 'name' | 'email' | 'mobile' | 'active'>;

export async function searchClients(q: string, opts: { onlyClientId?: string | null } = {}): Promise<ClientMatch[]> {
  const snap = await clientsCache().get();
  let rows = rankMatches(snap.index, q, opts.onlyClientId ? Number.MAX_SAFE_INTEGER : 8);
  if (opts.onlyClientId) rows = rows.filter((r) => r.id === opts.onlyClientId).slice(0, 8);
  return rows.map(({ id, name, email, mobile, active }) => ({ id, name, email, mobile, active }));
}

export type ClientDetail = ClientRow & {
  countryCode: string | null;
  didsCount: number | null;
  agentsCount: number | null;
  kyc: KycSummary | null;
  currency: string;
};

/**
 * One client, fresh from upstream (`client/{id}` and `wallet_balance` started together), or
 * null when upstream does not know the id. Deduplicated per request (layout + page).
 */
export const getClient = cache(async (clientId: string): Promise<ClientDetail | null> => {
  if (!idSchema.safeParse(clientId).success) return null;
  const api = partnerApi();
  const [client, wallet] = await Promise.allSettled([
    api.call('client', { client_id: clientId }),
    api.call('wallet_balance', { client_id: clientId }),
  ]);
  if (client.status === 'rejected') {
    if (isPartnerApiError(client.reason) && client.reason.status === 404) return null;
    throw client.reason;
  }
  const c = client.value;
  const row = toClientRow(c);
  // The wallet is the source of truth for money; the profile's balance is only a fallback.
  if (wallet.status === 'fulfilled') {
    row.balancePaise = toPaise(wallet.value.balance);
    if (wallet.value.valid_till) {
      row.validTill = wallet.value.valid_till;
      row.validTillMs = parseTime(wallet.value.valid_till);
    }
  } else if (!(isPartnerApiError(wallet.reason) && wallet.reason.status === 404)) {
    throw wallet.reason;
  }
  return {
    ...row,
    countryCode: c.country_code ?? null,
    didsCount: c.dids_count ?? null,
    agentsCount: c.agents_count ?? null,
    kyc: summarizeKyc(c.kyc),
    currency: wallet.status === 'fulfilled' ? wallet.value.currency : 'INR',
  };
});
