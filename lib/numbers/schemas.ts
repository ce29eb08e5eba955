import { z } from 'zod';
import { notPast, PAST_DATE_MESSAGE, packChoiceSchema } from '@/lib/holidays/pack';
import { didNumberSchema, idSchema, textSchema } from '@/lib/partner-api/endpoints/common';
import { optionalText, parseSearchParams } from '@/lib/search-params';
import { isoDateSchema } from '@/lib/validation';

/** Schemas shared by the number pages (URL state), their forms and the server actions. */
export const SEARCH_MODES = ['starts_with', 'contains', 'ends_with'] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];
export const SEARCH_MODE_LABELS: Record<SearchMode, string> = {
  starts_with: 'Starts with',
  contains: 'Contains',
  ends_with: 'Ends with',
};

/**
 * The search as it lives in the URL (?region=1&pattern=777&mode=ends_with&memorable=1).
 * Lenient: a hand-edited URL shows the form with a message instead of failing the page.
 */
export const searchQuerySchema = z.object({
  region: optionalText.pipe(idSchema.optional()),
  pattern: optionalText.pipe(
    z
      .string()
      .transform((s) => s.replace(/[\s-]/g, ''))
      .pipe(z.string().regex(/^\d{1,10}$/, { error: 'Search with up to 10 digits' }))
      .optional(),
  ),
  mode: optionalText.pipe(z.enum(SEARCH_MODES, { error: 'Choose how the digits match' }).optional()),
  memorable: optionalText.transform((v) => v === '1' || v === 'on'),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export function parseSearchQuery(params: Record<string, string | string[] | undefined>) {
  return parseSearchParams(searchQuerySchema, params, { memorable: false });
}

/** A search is run only once the user asked for one (a region or digits). */
export const hasSearch = (q: SearchQuery) => Boolean(q.region || q.pattern);

export const idempotencyKeySchema = z.uuid({ error: 'This confirmation has expired. Open it again.' });

export const buyNumberSchema = z.object({
  client_id: idSchema,
  number: didNumberSchema,
  key: idempotencyKeySchema,
});

export const removeNumberSchema = z.object({
  client_id: idSchema,
  number: didNumberSchema,
});

export const holidayTarget = { client_id: idSchema, did_id: idSchema };

export const addHolidaySchema = z.object({
  ...holidayTarget,
  name: textSchema(100),
  date: isoDateSchema.refine((d) => notPast(d), { error: PAST_DATE_MESSAGE }),
});

export const deleteHolidaySchema = z.object({ ...holidayTarget, holiday_id: idSchema });

export const addHolidayPackSchema = z.object({
  ...holidayTarget,
  // One year or "this year-next year"; past dates in it are skipped (lib/holidays/pack.ts).
  year: packChoiceSchema,
});
