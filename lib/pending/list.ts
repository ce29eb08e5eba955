import { stageLabel } from './stages';

/** One pending registration as the board shows it. */
export type PendingItem = {
  tempClientId: string;
  requestId: string | null;
  name: string;
  email: string;
  mobile: string;
  stage: string;
  stageLabel: string;
  createdAt: string | null;
  age: string;
};

export type PendingSort = 'oldest' | 'newest';
export type PendingQuery = { q: string; stage: string; sort: PendingSort; page: number };
export type PendingPage = { items: PendingItem[]; total: number; page: number; pageSize: number };

export const PENDING_PAGE_SIZE = 20;

type Raw = {
  temp_client_id: string;
  request_id?: string | null;
  name: string;
  email: string;
  mobile: string;
  stage: string;
  created_at?: string | null;
};

/** Minutes under an hour, hours under a day, then days: "12 min", "3 h", "2 d". */
export function formatAge(createdAt: string | null, now: Date): string {
  if (!createdAt) return 'Unknown';
  const t = Date.parse(createdAt);
  if (Number.isNaN(t)) return 'Unknown';
  const minutes = Math.max(0, Math.floor((now.getTime() - t) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h`;
  return `${Math.floor(minutes / (24 * 60))} d`;
}

export function toPendingItem(r: Raw, now: Date): PendingItem {
  const createdAt = r.created_at ?? null;
  return {
    tempClientId: r.temp_client_id,
    requestId: r.request_id ?? null,
    name: r.name,
    email: r.email,
    mobile: r.mobile,
    stage: r.stage,
    stageLabel: stageLabel(r.stage),
    createdAt,
    age: formatAge(createdAt, now),
  };
}

/** Reads the board's URL state leniently: anything odd falls back to the default. */
export function parsePendingQuery(sp: Record<string, string | string[] | undefined>): PendingQuery {
  const one = (k: string) => {
    const v = sp[k];
    return (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
  };
  const page = Number.parseInt(one('page'), 10);
  return {
    q: one('q').slice(0, 100),
    stage: one('stage'),
    sort: one('sort') === 'newest' ? 'newest' : 'oldest',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

const digits = (s: string) => s.replace(/\D/g, '');

function matches(item: PendingItem, q: string): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  if (item.name.toLowerCase().includes(needle) || item.email.toLowerCase().includes(needle)) return true;
  // "+91 97000 10001" should find 9700010001.
  const d = digits(q);
  return d.length >= 3 && digits(item.mobile).includes(d.length > 10 && d.startsWith('91') ? d.slice(2) : d);
}

const time = (i: PendingItem) => (i.createdAt ? Date.parse(i.createdAt) || 0 : 0);

/** Search, stage filter, age sort and paging, on the server (upstream returns the whole list). */
export function queryPending(items: PendingItem[], query: PendingQuery, pageSize = PENDING_PAGE_SIZE): PendingPage {
  const filtered = items.filter((i) => (!query.stage || i.stage === query.stage) && matches(i, query.q));
  filtered.sort(
    (a, b) => (query.sort === 'oldest' ? time(a) - time(b) : time(b) - time(a)) || a.name.localeCompare(b.name),
  );
  const pages = Math.max(1, Math.ceil(filtered.length / pageSize));
  const page = Math.min(query.page, pages);
  return { items: filtered.slice((page - 1) * pageSize, page * pageSize), total: filtered.length, page, pageSize };
}
