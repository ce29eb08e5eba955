import 'server-only';
import { partnerApi } from '@/lib/partner-api';
import {
  compareSpend,
  DAY_MS,
  dailySpend,
  isoDay,
  type LedgerEntry,
  type Runway,
  runway,
  type SpendComparison,
  spendByExpenseType,
  topDids,
} from './analytics';
import { toLedgerEntry } from './ledger';
import { getWalletBalance, type WalletBalance } from './queries';

/**
 * The numbers behind a client's wallet dashboard, from 90 days of its ledger. Upstream pages
 * at 100 rows: the first page says how many there are, the rest are fetched together, up to
 * MAX_PAGES (a very busy client's charts then cover its latest MAX_PAGES×100 entries and say so).
 */
const PAGE = 100;
const MAX_PAGES = 30;
export const LEDGER_DAYS = 90;

export type WalletDashboard = {
  balance: WalletBalance;
  runway: Runway;
  last30: SpendComparison;
  daily: { date: string; paise: number }[];
  byType: { key: string; paise: number }[];
  topDids: { key: string; paise: number }[];
  /** Entries the charts are built from, and whether older ones in the window were left out. */
  entries: number;
  truncated: boolean;
};

async function ledgerSince(clientId: string, startDate: string) {
  const api = partnerApi();
  const call = (page: number) =>
    api.call('wallet_transactions', {
      client_id: clientId,
      start_date: startDate,
      page: String(page),
      limit: String(PAGE),
    });
  const first = await call(1);
  const pages = Math.min(MAX_PAGES, Math.ceil(first.total / PAGE));
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => call(i + 2)));
  const items = [first, ...rest].flatMap((p) => p.items);
  return {
    entries: items.map(toLedgerEntry).filter((e): e is LedgerEntry => e !== null),
    truncated: first.total > items.length,
  };
}

export async function getWalletDashboard(
  clientId: string,
  chartDays: 30 | 90,
  nowMs = Date.now(),
): Promise<WalletDashboard> {
  const start = isoDay(Math.floor(nowMs / DAY_MS) - (LEDGER_DAYS - 1));
  const [balance, ledger] = await Promise.all([getWalletBalance(clientId), ledgerSince(clientId, start)]);
  const { entries, truncated } = ledger;
  const earliest = entries.reduce<number | null>((m, e) => (m === null || e.createdAtMs < m ? e.createdAtMs : m), null);
  // Entries reach back to the window's start (or were cut): the client is older than 30 days.
  const firstKnown = truncated || entries.length === 0 ? null : earliest;
  const from30 = nowMs - 30 * DAY_MS;
  return {
    balance,
    runway: runway(balance.balancePaise, entries, nowMs, firstKnown),
    last30: compareSpend(entries, nowMs, 30),
    daily: dailySpend(entries, chartDays, nowMs),
    byType: spendByExpenseType(entries, from30),
    topDids: topDids(entries, from30),
    entries: entries.length,
    truncated,
  };
}
