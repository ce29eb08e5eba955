import { z } from 'zod';

/**
 * Helpers for filters that live in the URL. Lenient on purpose: a hand-edited or stale URL
 * shows the page with a message by the bad field instead of failing it.
 */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** A query parameter as optional trimmed text: repeated keys take the first, blanks are unset. */
export const optionalText = z.preprocess((v) => {
  const s = first(v);
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
}, z.string().optional());

type Params = Record<string, string | string[] | undefined>;

/** Parses search params; on errors keeps the valid fields and reports the bad ones per field. */
export function parseSearchParams<S extends z.ZodType>(
  schema: S,
  params: Params,
  empty: z.output<S>,
): { query: z.output<S>; errors: Record<string, string[]> } {
  const parsed = schema.safeParse(params);
  if (parsed.success) return { query: parsed.data, errors: {} };
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const k = String(issue.path[0]);
    errors[k] = [...(errors[k] ?? []), issue.message];
  }
  const raw = Object.fromEntries(Object.entries(params).filter(([k]) => !(k in errors)));
  const fallback = schema.safeParse(raw);
  return { query: fallback.success ? fallback.data : empty, errors };
}
