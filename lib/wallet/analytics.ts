/**
 * Pure spend arithmetic for the wallet dashboard and the billing summary, on a ledger of
 * transactions (any order). "Spend" is what the client consumed: debits, less credits that
 * are not top-ups (refunds of calls, reversed number setups). Top-ups (`recharge`) are money
 * coming in, never negative spend. Days are whole UTC days, as upstream's date filters are.
 */
export const DAY_MS = 86_400_000;

export type LedgerEntry = {
  createdAtMs: number;
  type: 'credit' | 'debit';
  expenseType: string | null;
  amountPaise: number;
  did: string | null;
};

const dayOf = (ms: number) => Math.floor(ms / DAY_MS);
export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Signed spend of one entry: + for a debit, − for a refund, 0 for a top-up. */
export function spendOf(e: LedgerEntry): number {
  if (e.type === 'debit') return e.amountPaise;
  return e.expenseType === 'recharge' ? 0 : -e.amountPaise;
}

/** Net spend of the entries in [fromMs, toMs), never below zero. */
export function spendBetween(ledger: readonly LedgerEntry[], fromMs: number, toMs: number): number {
  let sum = 0;
  for (const e of ledger) if (e.createdAtMs >= fromMs && e.createdAtMs < toMs) sum += spendOf(e);
  return Math.max(0, sum);
}

/** Spend per UTC day for the `days` days ending today (oldest first), gaps as zero. */
export function dailySpend(ledger: readonly LedgerEntry[], days: number, nowMs: number) {
  const today = dayOf(nowMs);
  const first = today - days + 1;
  const sums = new Array<number>(days).fill(0);
  for (const e of ledger) {
    const d = dayOf(e.createdAtMs);
    if (d >= first && d <= today) sums[d - first] += spendOf(e);
  }
  return sums.map((paise, i) => ({ date: isoDay(first + i), paise: Math.max(0, paise) }));
}

export type SpendComparison = {
  currentPaise: number;
  previousPaise: number;
  /** Whole percent change; null when there was nothing to compare with. */
  changePct: number | null;
};

/** The last `days` days against the `days` before them (windows end now). */
export function compareSpend(ledger: readonly LedgerEntry[], nowMs: number, days = 30): SpendComparison {
  const span = days * DAY_MS;
  const currentPaise = spendBetween(ledger, nowMs - span, nowMs + 1);
  const previousPaise = spendBetween(ledger, nowMs - 2 * span, nowMs - span);
  const changePct = previousPaise === 0 ? null : Math.round(((currentPaise - previousPaise) / previousPaise) * 100);
  return { currentPaise, previousPaise, changePct };
}

export type Runway =
  | { kind: 'empty' } // nothing left to spend
  | { kind: 'long' } // no meaningful spend, or more than a year
  | { kind: 'days'; days: number; dailyPaise: number };

export const RUNWAY_WINDOW_DAYS = 30;
const LONG_DAYS = 365;

/**
 * How many days the balance lasts at the average daily spend of the last 30 days. A ledger
 * younger than the window (first entry within it) is averaged over the days it covers, so a
 * client that started yesterday is not credited with 29 idle days; `firstEntryMs` is the
 * earliest entry the caller knows of (null: assume the whole window).
 */
export function runway(
  balancePaise: number,
  ledger: readonly LedgerEntry[],
  nowMs: number,
  firstEntryMs: number | null = null,
): Runway {
  if (balancePaise <= 0) return { kind: 'empty' };
  const windowStart = nowMs - RUNWAY_WINDOW_DAYS * DAY_MS;
  const spent = spendBetween(ledger, windowStart, nowMs + 1);
  const covered =
    firstEntryMs !== null && firstEntryMs > windowStart
      ? Math.min(RUNWAY_WINDOW_DAYS, dayOf(nowMs) - dayOf(firstEntryMs) + 1)
      : RUNWAY_WINDOW_DAYS;
  const dailyPaise = spent / covered;
  // Under a paisa a day is "no spend": a stray refund rounding must not promise 10,000 years.
  if (dailyPaise < 1) return { kind: 'long' };
  const days = Math.floor(balancePaise / dailyPaise);
  return days > LONG_DAYS ? { kind: 'long' } : { kind: 'days', days, dailyPaise: Math.round(dailyPaise) };
}

/** Spend by a key over [fromMs, now], biggest first, zero and negative totals dropped. */
function spendBy(
  ledger: readonly LedgerEntry[],
  key: (e: LedgerEntry) => string | null,
  fromMs: number,
): { key: string; paise: number }[] {
  const sums = new Map<string, number>();
  for (const e of ledger) {
    const k = key(e);
    if (k === null || e.createdAtMs < fromMs) continue;
    const s = spendOf(e);
    if (s !== 0) sums.set(k, (sums.get(k) ?? 0) + s);
  }
  return [...sums]
    .filter(([, p]) => p > 0)
    .map(([k, paise]) => ({ key: k, paise }))
    .sort((a, b) => b.paise - a.paise || a.key.localeCompare(b.key));
}

export const spendByExpenseType = (ledger: readonly LedgerEntry[], fromMs: number) =>
  spendBy(ledger, (e) => e.expenseType ?? 'other', fromMs);

export const topDids = (ledger: readonly LedgerEntry[], fromMs: number, limit = 5) =>
  spendBy(ledger, (e) => e.did, fromMs).slice(0, limit);
