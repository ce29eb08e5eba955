import 'server-only';
import type { z } from 'zod';
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
  const issues = parsed.error.issues
    .slice(0, 20)
    .map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
  const prev = drift.get(name);
  drift.set(name, { endpoint: name, count: (prev?.count ?? 0) + 1, lastAt: new Date().toISOString(), issues });
  log.warn({ event: 'contract_drift', endpoint: name, issues }, 'partner API response does not match the contract');
  return data as z.output<S>;
}

export function driftReport(): DriftEntry[] {
  return [...drift.values()].sort((a, b) => a.endpoint.localeCompare(b.endpoint));
}

export function resetDrift(): void {
  drift.clear();
}
