import { DAY_MS } from './list';

const inr = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** ₹ with two decimals and Indian digit grouping: 1234567 paise → "₹12,345.67". */
export function formatRupees(paise: number): string {
  return inr.format(paise / 100);
}

/** Plain rupees for CSV ("12345.67", "-5.00"): no symbol, no grouping, exact from paise. */
export function rupeesText(paise: number): string {
  const sign = paise < 0 ? '-' : '';
  const abs = Math.abs(paise);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The calendar date of an upstream time (UTC, as upstream sends it), or null. */
export function dateOnly(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().slice(0, 10);
}

export type Validity =
  | { state: 'none' }
  | { state: 'expired'; date: string; daysAgo: number }
  | { state: 'valid'; date: string; daysLeft: number };

export function validity(validTillMs: number | null, now: number): Validity {
  if (validTillMs === null) return { state: 'none' };
  const date = dateOnly(validTillMs) as string;
  const left = validTillMs - now;
  if (left <= 0) return { state: 'expired', date, daysAgo: Math.floor((now - validTillMs) / DAY_MS) };
  return { state: 'valid', date, daysLeft: Math.ceil(left / DAY_MS) };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-IN')} ${n === 1 ? one : many}`;
}
