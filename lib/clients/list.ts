import { type ListParams, PAGE_SIZE, type SortDir, type SortKey } from './schemas';

/**
 * Pure search, filters, sort and paging of the whole client list. Upstream returns every
 * client at once; these run on the server so only one page of rows reaches the browser.
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

type Searchable = ClientRow & { haystack: string; mobileDigits: string };

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

export type ClientIndex = {
  rows: readonly Searchable[];
  /** Rows in one order, computed once per snapshot and reused by every request. */
  sorted(key: SortKey, dir: SortDir): readonly Searchable[];
};

export function buildIndex(rows: readonly ClientRow[]): ClientIndex {
  const searchable: Searchable[] = rows.map((r) => ({
    ...r,
    haystack: `${r.name}\n${r.email}\n${r.mobile}\n${r.id}`.toLowerCase(),
    mobileDigits: digits(r.mobile),
  }));
  const orders = new Map<string, readonly Searchable[]>();
  return {
    rows: searchable,
    sorted(key, dir) {
      const k = `${key}:${dir}`;
      let out = orders.get(k);
      if (!out) {
        out = sortRows(searchable, key, dir);
        orders.set(k, out);
      }
      return out;
    },
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const ORDER: Record<SortKey, (r: ClientRow) => string | number | null> = {
  name: (r) => r.name,
  balance: (r) => r.balancePaise,
  valid_till: (r) => r.validTillMs,
  created_at: (r) => r.createdAtMs,
};

/** Stable, with the client id as tie-breaker so pages never overlap; missing values sort last. */
export function sortRows<T extends ClientRow>(rows: readonly T[], key: SortKey, dir: SortDir): T[] {
  const get = ORDER[key];
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = get(a);
    const vb = get(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const c = typeof va === 'string' ? collator.compare(va, vb as string) : va - (vb as number);
      if (c !== 0) return c * sign;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** Every whitespace-separated term must match name, email, mobile or client id. */
export function matchesSearch(row: Searchable, terms: readonly string[]): boolean {
  for (const t of terms) {
    if (row.haystack.includes(t)) continue;
    // "+91 98100-12345" and "98100 12345" find the mobile 9810012345.
    const d = digits(t);
    if (d.length >= 3 && row.mobileDigits.includes(d)) continue;
    if (row.mobileDigits.length >= 6 && d.length > row.mobileDigits.length && d.endsWith(row.mobileDigits)) continue;
    return false;
  }
  return true;
}

export function searchTerms(q: string): string[] {
  // A phone number typed with spaces ("+91 98100 12345") is one term, not three.
  if (/^[\d\s\-+().]+$/.test(q) && digits(q).length >= 3) return [digits(q)];
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

type Filters = Pick<ListParams, 'q' | 'status' | 'balance' | 'expiring'>;

export function matchesFilters(row: Searchable, f: Filters, terms: readonly string[], now: number): boolean {
  if (f.status === 'active' && !row.active) return false;
  if (f.status === 'inactive' && row.active) return false;
  if (f.balance === 'low' && row.balancePaise >= LOW_BALANCE_PAISE) return false;
  if (f.expiring !== 'any') {
    if (row.validTillMs === null) return false;
    const left = row.validTillMs - now;
    if (f.expiring === 'expired' ? left > 0 : left <= 0 || left > Number(f.expiring) * DAY_MS) return false;
  }
  return terms.length === 0 || matchesSearch(row, terms);
}

/** All matching rows, in the requested order (for the CSV export). */
export function filterClients(index: ClientIndex, p: Omit<ListParams, 'page'>, now: number): ClientRow[] {
  const terms = searchTerms(p.q);
  return index.sorted(p.sort, p.dir).filter((r) => matchesFilters(r, p, terms, now));
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

/** One page; a page past the end shows the last one rather than an empty table. */
export function paginate<T>(rows: readonly T[], page: number, pageSize = PAGE_SIZE) {
  const total = rows.length;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (current - 1) * pageSize;
  const slice = rows.slice(start, start + pageSize);
  return {
    rows: slice,
    total,
    page: current,
    pages,
    pageSize,
    from: total === 0 ? 0 : start + 1,
    to: start + slice.length,
  };
}

/** Plain rows without the search helpers, so nothing extra is serialised to the page. */
const plain = ({ haystack: _h, mobileDigits: _m, ...r }: ClientRow & Partial<Searchable>): ClientRow => r;

export function queryClients(index: ClientIndex, p: ListParams, now: number): ClientPage {
  const result = paginate(filterClients(index, p, now), p.page);
  return { ...result, rows: result.rows.map(plain) };
}

/** Up to `limit` matches for the jump-to-client palette: exact id, then name prefix, then the rest. */
export function rankMatches(index: ClientIndex, q: string, limit = 8): ClientRow[] {
  const terms = searchTerms(q);
  if (terms.length === 0) return [];
  const needle = q.trim().toLowerCase();
  const rank = (r: ClientRow) => (r.id.toLowerCase() === needle ? 0 : r.name.toLowerCase().startsWith(needle) ? 1 : 2);
  const hits: { r: Searchable; k: number }[] = [];
  for (const r of index.sorted('name', 'asc')) if (matchesSearch(r, terms)) hits.push({ r, k: rank(r) });
  // Array sort is stable: within a rank the rows stay in name order.
  return hits
    .sort((a, b) => a.k - b.k)
    .slice(0, limit)
    .map((h) => plain(h.r));
}
