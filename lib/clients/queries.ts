import 'server-only';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { toPaise } from '@/lib/money';
import { isPartnerApiError, partnerApi } from '@/lib/partner-api';
import { idSchema } from '@/lib/partner-api/endpoints/common';
import { walletBalance } from '@/lib/partner-api/reads';
import { readSettings } from '@/lib/settings';
import { parseTime } from '@/lib/time';
import { type KycSummary, summarizeKyc } from './kyc';
import { type ClientPage, type ClientRow, toClientRow } from './list';
import { ensureFresh, markLocalStale, markStale, refreshClientRow } from './mirror';
import { allFromMirror, matchesFromMirror, pageFromMirror } from './mirror-query';
import type { ListParams } from './schemas';

/**
 * Upstream's `clients` answers every client in one list (10,000+ rows for a large reseller), so
 * the portal keeps a mirror of it in its own database (lib/clients/mirror.ts), refreshed in the
 * background by one instance at a time and read with SQL: search, filters, sort and paging run
 * on indexes, and no request parses or sorts the whole list. Changes made through the portal
 * call invalidateClients(), after which every instance reloads before its next read.
 */
async function freshMirror() {
  const db = await getDb();
  const loadedAt = await ensureFresh(db, partnerApi());
  return { db, loadedAt: loadedAt ?? Date.now() };
}

/**
 * For every mutation that changes a client's list fields (status, balance, validity, a new
 * client). With the client's id, only its row is re-read now (and the rest refreshes in the
 * background); without, every instance reloads the whole list before its next read.
 */
export async function invalidateClients(clientId?: string): Promise<void> {
  const db = await getDb();
  if (clientId) {
    try {
      await refreshClientRow(db, partnerApi(), clientId);
      return;
    } catch {
      // Upstream did not answer for the one row: fall back to a full reload at the next read.
    }
  }
  markLocalStale();
  await markStale(db);
}

/** One page, with the low-balance threshold it was filtered and flagged with (Settings). */
export async function listClients(
  params: ListParams,
): Promise<ClientPage & { loadedAt: number; lowBalancePaise: number }> {
  const { db, loadedAt } = await freshMirror();
  const { lowBalancePaise } = await readSettings(db);
  return { ...(await pageFromMirror(db, params, Date.now(), lowBalancePaise)), loadedAt, lowBalancePaise };
}

/** Every row matching the filters (the page number is ignored), for the CSV export. */
export async function listAllMatchingClients(params: Omit<ListParams, 'page'>): Promise<ClientRow[]> {
  const { db } = await freshMirror();
  return allFromMirror(db, params, Date.now(), (await readSettings(db)).lowBalancePaise);
}

export type ClientMatch = Pick<ClientRow, 'id' | 'name' | 'email' | 'mobile' | 'active'>;

export async function searchClients(q: string, opts: { onlyClientId?: string | null } = {}): Promise<ClientMatch[]> {
  return (await searchClientsWithTotal(q, opts)).rows;
}

/** Up to `limit` matches and the total that match, so pickers can say "8 of 120". */
export async function searchClientsWithTotal(
  q: string,
  opts: { onlyClientId?: string | null; limit?: number } = {},
): Promise<{ rows: ClientMatch[]; total: number }> {
  const { db } = await freshMirror();
  const { rows, total } = await matchesFromMirror(db, q, opts);
  return { rows: rows.map(({ id, name, email, mobile, active }) => ({ id, name, email, mobile, active })), total };
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
    walletBalance(clientId),
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
