import { sql } from 'kysely';
import type { SandboxDB as DB } from '@/lib/sandbox/schema';

/**
 * DID regions and their number inventory. Generated deterministically (same numbers and
 * prices on every install) so demos, docs and tests can name real sandbox numbers.
 */
export const DID_REGIONS = [
  { id: '1', name: 'Delhi NCR', country_code: '+91', std: '11' },
  { id: '2', name: 'Mumbai', country_code: '+91', std: '22' },
  { id: '3', name: 'Bengaluru', country_code: '+91', std: '80' },
  { id: '4', name: 'Chennai', country_code: '+91', std: '44' },
  { id: '5', name: 'Kolkata', country_code: '+91', std: '33' },
  { id: '6', name: 'Hyderabad', country_code: '+91', std: '40' },
] as const;

export const NUMBERS_PER_REGION = 300;

export function regionName(id: string): string {
  return DID_REGIONS.find((r) => r.id === id)?.name ?? id;
}

/** Small deterministic PRNG (mulberry32): no dependency, same sequence everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type InventoryRow = {
  number: string;
  national: string;
  region_id: string;
  country_code: string;
  setup_cost: number;
  monthly_cost: number;
};

export function generateInventory(): InventoryRow[] {
  const rows: InventoryRow[] = [];
  for (const region of DID_REGIONS) {
    const rand = prng(Number(region.id) * 7919);
    const seen = new Set<string>();
    while (seen.size < NUMBERS_PER_REGION) {
      // 10-digit national number: STD code + 8 digits, first of them 4 (landline series).
      const rest = `4${String(Math.floor(rand() * 10_000_000)).padStart(7, '0')}`;
      const national = `${region.std}${rest}`;
      if (seen.has(national)) continue;
      seen.add(national);
      // Rupee prices in steps of ₹50 (setup ₹499–₹2,999) and ₹25 (monthly ₹199–₹999), in paise.
      const setup = (499 + 50 * Math.floor(rand() * 51)) * 100;
      const monthly = (199 + 25 * Math.floor(rand() * 33)) * 100;
      rows.push({
        number: `${region.country_code}${national}`,
        national,
        region_id: region.id,
        country_code: region.country_code,
        setup_cost: setup,
        monthly_cost: monthly,
      });
    }
  }
  return rows;
}

const ready = new WeakSet<DB>();

/** Inserts the inventory once per database (idempotent; cheap after the first call). */
export async function ensureDidInventory(db: DB): Promise<void> {
  if (ready.has(db)) return;
  const row = await db.selectFrom('sbx_dids').select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  if (Number(row?.n ?? 0) === 0) {
    const rows = generateInventory().map((r) => ({
      ...r,
      client_id: null,
      did_id: null,
      status: 'available',
      flow_id: null,
      agent_ext: null,
      purchased_at: null,
    }));
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 200) {
        await trx
          .insertInto('sbx_dids')
          .values(rows.slice(i, i + 200))
          .onConflict((oc) => oc.column('number').doNothing())
          .execute();
      }
    });
  }
  ready.add(db);
}
