import 'server-only';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { z } from 'zod';
import { log } from '@/lib/log';

export type DriftIssue = { path: string; message: string };
export type DriftEntry = { endpoint: string; count: number; lastAt: string; issues: DriftIssue[] };

// Per process: enough for the contract check and for spotting drift in logs; not shared state.
const drift = new Map<string, DriftEntry>();

/**
 * Parses upstream `data` leniently. The response shapes are mostly assumptions
 * (CONTRACT.md), so a mismatch is recorded and logged, and the raw data is returned
 * rather than breaking the page. Issue messages carry paths and expectations, not values.
 */
export function parseLenient<S extends z.ZodType>(name: string, schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  record(name, parsed.error.issues);
  return data as z.output<S>;
}

/** Arrays longer than this are checked SLICE items per turn of the event loop. */
export const SLICED_MIN_ITEMS = 1000;
const SLICE = 500;

/**
 * parseLenient with the same result and the same drift record, for any size: a long array (the
 * unpaged clients list: zod over 10,000 items holds the loop ~40 ms) is checked in slices with
 * the loop free between them. Only a plain z.array(item): checks on the array itself (min, max,
 * refine) need the whole, so such a schema is parsed at once.
 */
export async function parseLenientSliced<S extends z.ZodType>(
  name: string,
  schema: S,
  data: unknown,
  opts: { minItems?: number; slice?: number } = {},
): Promise<z.output<S>> {
  const plainArray = schema instanceof z.ZodArray && !schema._zod.def.checks?.length;
  if (!plainArray || !Array.isArray(data) || data.length < (opts.minItems ?? SLICED_MIN_ITEMS)) {
    return parseLenient(name, schema, data);
  }
  const each = z.array((schema as unknown as z.ZodArray<z.ZodType>).element);
  const size = opts.slice ?? SLICE;
  const out: unknown[] = [];
  const issues: z.core.$ZodIssue[] = [];
  for (let i = 0; i < data.length; i += size) {
    const parsed = each.safeParse(data.slice(i, i + size));
    if (parsed.success) {
      if (!issues.length) for (const v of parsed.data) out.push(v);
    } else {
      // Paths as the whole array's parse gives them: the index within the slice plus its start.
      for (const issue of parsed.error.issues) {
        const [at, ...rest] = issue.path;
        issues.push({ ...issue, path: typeof at === 'number' ? [at + i, ...rest] : issue.path });
      }
    }
    await yieldToLoop();
  }
  if (!issues.length) return out as z.output<S>;
  record(name, issues);
  return data as z.output<S>;
}

function record(name: string, all: readonly z.core.$ZodIssue[]): void {
  const issues = all.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
  const prev = drift.get(name);
  drift.set(name, { endpoint: name, count: (prev?.count ?? 0) + 1, lastAt: new Date().toISOString(), issues });
  log.warn({ event: 'contract_drift', endpoint: name, issues }, 'partner API response does not match the contract');
}

export function driftReport(): DriftEntry[] {
  return [...drift.values()].sort((a, b) => a.endpoint.localeCompare(b.endpoint));
}

export function resetDrift(): void {
  drift.clear();
}
