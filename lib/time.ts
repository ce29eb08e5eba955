/**
 * Time, everywhere in the portal: upstream timestamps → epoch ms, calendar dates, validity.
 * No zod and no server-only imports (browser components use it too).
 * Display-time-zone formatting (the portal setting `displayTimeZone`) belongs here as well.
 */

export const DAY_MS = 86_400_000;

/** Upstream times are "YYYY-MM-DD HH:MM:SS" (UTC) or ISO; null when absent or unreadable. */
export function parseTime(s: string | null | undefined): number | null {
  if (!s) return null;
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(s) ? `${s.replace(' ', 'T')}Z` : s;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(t) ? null : t;
}

/** The calendar date of an upstream time (UTC, as upstream sends it), or null. */
export function dateOnly(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().slice(0, 10);
}

/** A real calendar date written as YYYY-MM-DD (2026-02-30 is not). */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export type Validity =
  | { state: 'none' }
  | { state: 'expired'; date: string; daysAgo: number }
  | { state: 'valid'; date: string; daysLeft: number };

/** A wallet's validity as of `now`: days left, or days since it lapsed. */
export function validity(validTillMs: number | null, now: number): Validity {
  if (validTillMs === null) return { state: 'none' };
  const date = dateOnly(validTillMs) as string;
  const left = validTillMs - now;
  if (left <= 0) return { state: 'expired', date, daysAgo: Math.floor((now - validTillMs) / DAY_MS) };
  return { state: 'valid', date, daysLeft: Math.ceil(left / DAY_MS) };
}
