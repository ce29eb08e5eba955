import 'server-only';
import { after } from 'next/server';
import { cache } from 'react';
import { getDb } from '@/lib/db';
import { toPaise } from '@/lib/money';
import { isPartnerApiError, partnerApi } from '@/lib/partner-api';
import { idSchema } from '@/lib/partner-api/endpoints/common';
import { clientProfile, walletBalance } from '@/lib/partner-api/reads';
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
  // A due background refresh starts after this response is sent (see ensureFresh).
  const loadedAt = await ensureFresh(db, partnerApi(), after);
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
/** What a client's pages show above their tabs: enough to name the client, nothing else. */
export type ClientHeader = { id: string; name: string; active: boolean };

/**
 * The client's header for its layout and page titles, from the clients mirror when it holds the
 * row (one indexed read in the portal's database; the row is re-read at once after a change made
 * in the portal, and within the mirror's TTL after one made elsewhere), so a client page's shell
 * and tabs are sent without waiting for upstream; each page's own data then streams in. An id
 * the mirror does not hold (a client created a moment ago, or none at all) asks upstream, so an
 * unknown id is still a 404 and a new client still opens.
 */
export const getClientHeader = cache(async (clientId: string): Promise<ClientHeader | null> => {
  if (!idSchema.safeParse(clientId).success) return null;
  const db = await getDb();
  const row = await db
    .selectFrom('clients_mirror')
    .select(['client_id', 'name', 'active'])
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (row) return { id: row.client_id, name: row.name, active: Number(row.active) === 1 };
  const client = await getClient(clientId);
  return client ? { id: client.id, name: client.name, active: client.active } : null;
});

export const getClient = cache(async (clientId: string): Promise<ClientDetail | null> => {
  if (!idSchema.safeParse(clientId).success) return null;
  const [client, wallet] = await Promise.allSettled([clientProfile(clientId), walletBalance(clientId)]);
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
