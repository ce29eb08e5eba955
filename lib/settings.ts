import 'server-only';
import { cache } from 'react';
import { z } from 'zod';
import { type DB, getDb, nowIso } from '@/lib/db';

/**
 * Portal-wide settings (owner/admin edit them under Settings). Each key has a zod schema and a
 * default; a stored value that no longer parses falls back to the default rather than failing
 * a page. Rows live in the database so every instance sees the same values.
 */
export const SETTINGS = {
  /** IANA zone every timestamp in the portal is shown in (schedules keep their own zone). */
  displayTimeZone: { schema: z.string().min(1).max(64), default: 'Asia/Kolkata' },
  /** Largest single top-up, in paise (₹1,00,000 by default). */
  topUpCeilingPaise: { schema: z.number().int().positive(), default: 100_000_00 },
  /** A client whose balance is under this many paise is "low balance" (₹500 by default). */
  lowBalancePaise: { schema: z.number().int().nonnegative(), default: 500_00 },
  /** A client whose validity ends within this many days is "expiring". */
  validityWarningDays: { schema: z.number().int().min(0).max(365), default: 7 },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type Settings = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]['schema']> };

const KEYS = Object.keys(SETTINGS) as SettingKey[];

export async function readSettings(db: DB): Promise<Settings> {
  const rows = await db.selectFrom('portal_settings').select(['key', 'value']).execute();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const out = {} as Record<SettingKey, unknown>;
  for (const key of KEYS) {
    const raw = stored.get(key);
    let value: unknown = SETTINGS[key].default;
    if (raw !== undefined) {
      try {
        const parsed = SETTINGS[key].schema.safeParse(JSON.parse(raw));
        if (parsed.success) value = parsed.data;
      } catch {
        // A hand-edited row that is not JSON: keep the default.
      }
    }
    out[key] = value;
  }
  return out as Settings;
}

/** The settings for this request (deduplicated per request). */
export const getSettings = cache(async (): Promise<Settings> => readSettings(await getDb()));

export async function writeSettings(db: DB, values: Partial<Settings>, userId: string | null): Promise<void> {
  const at = nowIso();
  for (const key of KEYS) {
    if (values[key] === undefined) continue;
    const value = JSON.stringify(SETTINGS[key].schema.parse(values[key]));
    await db
      .insertInto('portal_settings')
      .values({ key, value, updated_by: userId, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_by: userId, updated_at: at }))
      .execute();
  }
}
