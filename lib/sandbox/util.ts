import type { z } from 'zod';
import { SandboxError } from './core';

/** Paise (integer) → rupees as a JSON number with at most two decimals. */
export const rupees = (paise: number | bigint | string): number => Number(paise) / 100;

/** "500.5" (already validated by moneySchema) → 50050 paise, without float rounding. */
export function toPaise(money: string): number {
  const [whole, frac = ''] = money.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
}

/** A required string field, trimmed; 422 with a field error when absent or empty. */
export function reqStr(body: Record<string, unknown>, field: string): string {
  const v = body[field];
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (s === '') throw new SandboxError(422, `${field} is required`, { [field]: ['This field is required'] });
  return s;
}

/** An optional string field; "" and null count as absent (the reference sends "" for defaults). */
export function optStr(body: Record<string, unknown>, field: string): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : undefined;
  if (s === undefined) throw new SandboxError(422, `${field} must be a string`, { [field]: ['Must be a string'] });
  return s === '' ? undefined : s;
}

/** Parses with a zod schema; failures become 422 with messages keyed by `field`. */
export function parseField<T extends z.ZodType>(schema: T, value: unknown, field: string): z.output<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const errors: Record<string, string[]> = {};
  for (const issue of r.error.issues) {
    const key = [field, ...issue.path.map(String)].join('.');
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  throw new SandboxError(422, `Invalid ${field}`, errors);
}

/** "Y-m-d H:i:s" in UTC, the reference's format for valid_till. */
export function ymdHis(d: Date): string {
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

/** Parses a whole body; every failing field is reported at once (422 with `errors`). */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const r = schema.safeParse(body ?? {});
  if (r.success) return r.data;
  const errors: Record<string, string[]> = {};
  for (const issue of r.error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  const fields = Object.keys(errors).join(', ');
  throw new SandboxError(422, `Invalid ${fields}`, errors);
}
