import type { SandboxDB as DB } from '@/lib/sandbox/schema';

/**
 * Numeric id sequences kept in sbx_counters (portable: no autoincrement, works the same on
 * SQLite and PostgreSQL). Starting values make ids look like the reference's ("331", "4821").
 */
const START: Record<string, number> = {
  did: 330,
  agent: 4820,
  flow: 10044,
  bot: 76,
  whatsapp: 44,
  holiday: 11,
  txn: 100000,
  temp: 5520,
  ref: 99811,
  otp: 0,
  inbox: 0,
  fault: 0,
};

type HasDb = { db: DB };

/** Next id of a sequence, as a numeric string. Pass a transaction's ctx inside a transaction. */
export async function nextId(ctx: HasDb, kind: string): Promise<string> {
  const start = (START[kind] ?? 0) + 1;
  const row = await ctx.db
    .insertInto('sbx_counters')
    .values({ name: kind, value: start })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('sbx_counters.value', '+', 1) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return String(row.value);
}

/** Reserves `n` consecutive ids at once (bulk seeding); returns the first. */
export async function reserveIds(ctx: HasDb, kind: string, n: number): Promise<number> {
  const first = (START[kind] ?? 0) + 1;
  const row = await ctx.db
    .insertInto('sbx_counters')
    .values({ name: kind, value: first + n - 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('sbx_counters.value', '+', n) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value) - n + 1;
}
