/**
 * The clients list's row type and the pure rules it shares with the mirror (lib/clients/mirror*.ts),
 * where search, filters, sort and paging run in SQL.
 */
export const DAY_MS = 86_400_000;
/** "Low balance" means under ₹100 (10,000 paise): below it a day of calls can stop service. */
export const LOW_BALANCE_PAISE = 10_000;

export type ClientRow = {
  id: string;
  name: string;
  email: string;
  mobile: string;
  active: boolean;
  balancePaise: number;
  /** Upstream text as sent ("2026-05-01 00:00:00"), null when the client has no validity. */
  validTill: string | null;
  validTillMs: number | null;
  createdAt: string | null;
  createdAtMs: number | null;
};

/** Rupees as upstream sends them ("123.4", 99, "-5") → integer paise, without float drift. */
export function toPaise(amount: string | number): number {
  const s = String(amount).trim();
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) {
    const n = Number(s);
    return Number.isFinite(n) ? Math.round(n * 100) : 0;
  }
  const frac = (m[3] ?? '').padEnd(3, '0');
  const paise = Number(m[2]) * 100 + Number(frac.slice(0, 2)) + (Number(frac[2]) >= 5 ? 1 : 0);
  return m[1] ? -paise : paise;
}

/** Upstream times are "YYYY-MM-DD HH:MM:SS" (UTC) or ISO; null when absent or unreadable. */
export function parseTime(s: string | null | undefined): number | null {
  if (!s) return null;
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(s) ? `${s.replace(' ', 'T')}Z` : s;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(t) ? null : t;
}

export type RawClient = {
  client_id: string;
  name: string;
  email: string;
  mobile: string;
  status: string;
  balance: string;
  valid_till?: string | null;
  created_at?: string | null;
};

export function toClientRow(c: RawClient): ClientRow {
  return {
    id: c.client_id,
    name: c.name,
    email: c.email,
    mobile: c.mobile,
    active: c.status === '1',
    balancePaise: toPaise(c.balance),
    validTill: c.valid_till ?? null,
    validTillMs: parseTime(c.valid_till),
    createdAt: c.created_at ?? null,
    createdAtMs: parseTime(c.created_at),
  };
}

const digits = (s: string) => s.replace(/\D/g, '');

/** Search terms: whitespace-separated, lower-cased; every term must match name, email, mobile or id. */
export function searchTerms(q: string): string[] {
  // A phone number typed with spaces ("+91 98100 12345") is one term, not three.
  if (/^[\d\s\-+().]+$/.test(q) && digits(q).length >= 3) return [digits(q)];
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

export type ClientPage = {
  rows: ClientRow[];
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  from: number;
  to: number;
};
