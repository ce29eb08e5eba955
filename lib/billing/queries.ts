import 'server-only';
import { after } from 'next/server';
import { ensureFresh } from '@/lib/clients/mirror';
import { getDb } from '@/lib/db';
import { partnerApi } from '@/lib/partner-api';
import type { Settings } from '@/lib/settings';
import { DAY_MS } from '@/lib/wallet/analytics';
import { type BillingClient, type BillingOverview, FIRST_PAGES, getBillingOverview, type ListPages } from './overview';
import { refreshIfStale } from './summary';

/**
 * The overview for a page view: the clients mirror made fresh (as the clients list does),
 * the summary read as it is, and a background refresh started when it is stale.
 */
export async function getBillingPage(
  settings: Settings,
  find = '',
  pages: ListPages = FIRST_PAGES,
  nowMs = Date.now(),
): Promise<BillingOverview> {
  const db = await getDb();
  const api = partnerApi();
  // Due background refreshes start after this response is sent, not alongside it.
  await ensureFresh(db, api, after);
  const o = await getBillingOverview(db, settings, nowMs, find, pages);
  if (refreshIfStale(db, api, o.summary, nowMs, after)) o.summary = { ...o.summary, refreshing: true };
  return o;
}

/** Enough to bring the balance to twice the low-balance line, in whole ₹100s, within the ceiling. */
export function suggestedTopUp(c: BillingClient, s: Pick<Settings, 'lowBalancePaise' | 'topUpCeilingPaise'>): string {
  const want = Math.max(10_000, 2 * s.lowBalancePaise - c.balancePaise);
  const rounded = Math.ceil(want / 10_000) * 10_000;
  return String(Math.min(rounded, s.topUpCeilingPaise) / 100);
}

/** 30 days past the later of today and the current validity. */
export function suggestedValidity(c: BillingClient, nowMs: number): string {
  const current = c.validTill ? Date.parse(c.validTill) : Number.NaN;
  const from = Number.isNaN(current) ? nowMs : Math.max(nowMs, current);
  return new Date(from + 30 * DAY_MS).toISOString().slice(0, 10);
}

/** A list's page from the URL (`?low=2`): a whole number from 1 to 10,000, else the first page. */
export function listPage(v: string | string[] | undefined): number {
  const s = Array.isArray(v) ? v[0] : v;
  const n = s && /^\d{1,5}$/.test(s) ? Number(s) : 1;
  return n >= 1 && n <= 10_000 ? n : 1;
}
