import { z } from 'zod';
import { idSchema } from '@/lib/partner-api/endpoints/common';

/**
 * URL state of the clients list. Every field falls back to its default on a bad value, so a
 * hand-edited or stale link still opens a working list instead of an error page.
 */
export const PAGE_SIZE = 25;
export const SORT_KEYS = ['name', 'balance', 'valid_till', 'created_at'] as const;
export const EXPIRING_OPTIONS = ['any', '7', '30', '90', 'expired'] as const;

export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

// Repeated keys (?q=a&q=b) arrive as arrays: the first one counts.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const param = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema);

export const listParamsSchema = z.object({
  q: param(
    z
      .string()
      .transform((s) => s.trim().slice(0, 100))
      .catch(''),
  ),
  status: param(z.enum(['all', 'active', 'inactive']).catch('all')),
  balance: param(z.enum(['all', 'low']).catch('all')),
  expiring: param(z.enum(EXPIRING_OPTIONS).catch('any')),
  sort: param(z.enum(SORT_KEYS).catch('name')),
  dir: param(z.enum(['asc', 'desc']).catch('asc')),
  page: param(z.coerce.number().int().min(1).max(1_000_000).catch(1)),
});

export type ListParams = z.output<typeof listParamsSchema>;
export const DEFAULT_PARAMS: ListParams = listParamsSchema.parse({});

export function parseListParams(raw: Record<string, unknown> | URLSearchParams): ListParams {
  const obj = raw instanceof URLSearchParams ? Object.fromEntries(raw.entries()) : raw;
  return listParamsSchema.parse(obj ?? {});
}

/** The URL query for a state, leaving defaults out so links stay short and canonical. */
export function toQuery(p: Partial<ListParams>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === undefined || v === '' || v === DEFAULT_PARAMS[k as keyof ListParams]) continue;
    out[k] = String(v);
  }
  return out;
}

export function toQueryString(p: Partial<ListParams>): string {
  const qs = new URLSearchParams(toQuery(p)).toString();
  return qs ? `?${qs}` : '';
}

/** True when the list is narrowed (search or a filter), as opposed to only sorted or paged. */
export function hasFilters(p: ListParams): boolean {
  return p.q !== '' || p.status !== 'all' || p.balance !== 'all' || p.expiring !== 'any';
}

export const searchQuerySchema = z.object({
  q: z
    .string()
    .transform((s) => s.trim().slice(0, 100))
    .catch(''),
});

export const updateStatusSchema = z.object({
  client_id: idSchema,
  status: z.enum(['active', 'inactive'], { error: 'Choose active or inactive' }),
  reason: z
    .string({ error: 'Give a reason' })
    .trim()
    .min(5, { error: 'Give a reason of at least 5 characters' })
    .max(200, { error: 'Keep the reason to 200 characters or fewer' }),
});

export type UpdateStatusInput = z.output<typeof updateStatusSchema>;
