import 'server-only';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, DB } from '@/lib/db';
import { DAY_MS, parseTime } from '@/lib/time';
import { type ClientPage, type ClientRow, searchTerms } from './list';
import type { MirrorRow } from './mirror-load';
import { type ListParams, PAGE_SIZE } from './schemas';

/**
 * The clients list in SQL over `clients_mirror` (same rules as the pure functions in list.ts:
 * every term must match name, email, mobile or id; a typed phone number matches the mobile's
 * digits). Only one page of rows is read; the count runs on the same filters.
 */
type EB = ExpressionBuilder<Database, 'clients_mirror'>;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function termMatch(eb: EB, term: string) {
  const digits = term.replace(/\D/g, '');
  const ors = [eb('haystack', 'like', sql<string>`${`%${likeEscape(term)}%`} escape '\\'`)];
  if (digits.length >= 3) {
    ors.push(eb('mobile_digits', 'like', `%${digits}%`));
    // "+91 98100 12345" typed in full finds the stored 9810012345.
    ors.push(
      eb.and([
        eb(sql`length(mobile_digits)`, '>=', 6),
        eb(sql`length(mobile_digits)`, '<', digits.length),
        eb(sql.lit(digits), 'like', sql<string>`'%' || mobile_digits`),
      ]),
    );
  }
  return eb.or(ors);
}

/**
 * `lowBalancePaise`: the portal's threshold (Settings → General), the same one the dashboard and
 * the billing overview count with, so a figure and the list it links to agree.
 */
function where(p: Omit<ListParams, 'page'>, now: number, lowBalancePaise: number) {
  return (eb: EB) => {
    const conds = searchTerms(p.q).map((t) => termMatch(eb, t));
    if (p.status === 'active') conds.push(eb('active', '=', 1));
    if (p.status === 'inactive') conds.push(eb('active', '=', 0));
    if (p.balance === 'low') conds.push(eb('balance_paise', '<', lowBalancePaise));
    const nowIso = new Date(now).toISOString();
    if (p.expiring === 'expired') conds.push(eb('valid_till_iso', '<=', nowIso));
    else if (p.expiring !== 'any') {
      conds.push(eb('valid_till_iso', '>', nowIso));
      conds.push(eb('valid_till_iso', '<=', new Date(now + Number(p.expiring) * DAY_MS).toISOString()));
    }
    return eb.and(conds);
  };
}

const COLUMN = {
  name: 'sort_name',
  balance: 'balance_paise',
  valid_till: 'valid_till_iso',
  created_at: 'created_at_iso',
} as const;

/** Sort columns that may be null (the others are NOT NULL in migration 0012). */
const NULLABLE = new Set<string>([COLUMN.valid_till, COLUMN.created_at]);

function ordered(db: DB, p: Omit<ListParams, 'page'>, now: number, lowBalancePaise: number) {
  const col = COLUMN[p.sort];
  let q = db
    .selectFrom('clients_mirror')
    .selectAll()
    .where(where(p, now, lowBalancePaise));
  // Missing values last in both directions, only where a value can be missing: the CASE keeps
  // SQLite off the (column, client_id) index, so each page of the default name order would
  // sort the whole mirror (a few ms of synchronous work per view at 10,000 clients).
  if (NULLABLE.has(col)) q = q.orderBy(sql`case when ${sql.ref(col)} is null then 1 else 0 end`);
  // The id breaks ties so pages never overlap.
  return q.orderBy(col, p.dir).orderBy('client_id', 'asc');
}

export function fromMirror(r: MirrorRow): ClientRow {
  return {
    id: r.client_id,
    name: r.name,
    email: r.email,
    mobile: r.mobile,
    active: Number(r.active) === 1,
    balancePaise: Number(r.balance_paise),
    validTill: r.valid_till,
    validTillMs: parseTime(r.valid_till),
    createdAt: r.created_at,
    createdAtMs: parseTime(r.created_at),
  };
}

export async function pageFromMirror(db: DB, p: ListParams, now: number, lowBalancePaise: number): Promise<ClientPage> {
  const counted = await db
    .selectFrom('clients_mirror')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(where(p, now, lowBalancePaise))
    .executeTakeFirstOrThrow();
  const total = Number(counted.n);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // A page past the end shows the last one rather than an empty table.
  const page = Math.min(Math.max(1, Math.floor(p.page) || 1), pages);
  const start = (page - 1) * PAGE_SIZE;
  const rows = await ordered(db, p, now, lowBalancePaise).limit(PAGE_SIZE).offset(start).execute();
  return {
    rows: rows.map((r) => fromMirror(r as MirrorRow)),
    total,
    page,
    pages,
    pageSize: PAGE_SIZE,
    from: total === 0 ? 0 : start + 1,
    to: start + rows.length,
  };
}

/** Every matching row in order, for the CSV export. */
export async function allFromMirror(
  db: DB,
  p: Omit<ListParams, 'page'>,
  now: number,
  lowBalancePaise: number,
): Promise<ClientRow[]> {
  const rows = await ordered(db, p, now, lowBalancePaise).execute();
  return rows.map((r) => fromMirror(r as MirrorRow));
}

/**
 * Up to `limit` matches for pickers and the palette (exact id, then name prefix, then the rest,
 * by name within each), and how many match in all so a picker can say "8 of 120".
 */
export async function matchesFromMirror(
  db: DB,
  q: string,
  opts: { limit?: number; onlyClientId?: string | null } = {},
): Promise<{ rows: ClientRow[]; total: number }> {
  const terms = searchTerms(q);
  if (terms.length === 0) return { rows: [], total: 0 };
  const needle = q.trim().toLowerCase();
  const base = db.selectFrom('clients_mirror').where((eb) => {
    const conds = terms.map((t) => termMatch(eb, t));
    if (opts.onlyClientId) conds.push(eb('client_id', '=', opts.onlyClientId));
    return eb.and(conds);
  });
  const [rows, counted] = await Promise.all([
    base
      .selectAll()
      .orderBy(
        sql`case when lower(client_id) = ${needle} then 0 when lower(name) like ${`${likeEscape(needle)}%`} escape '\\' then 1 else 2 end`,
      )
      .orderBy('sort_name')
      .orderBy('client_id')
      .limit(opts.limit ?? 8)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((r) => fromMirror(r as MirrorRow)), total: Number(counted.n) };
}
