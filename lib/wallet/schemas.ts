import { z } from 'zod';
import { idSchema } from '@/lib/partner-api/endpoints/common';
import { optionalText, parseSearchParams } from '@/lib/search-params';
import { isoDateSchema, isValidIsoDate, MONEY_MESSAGES, parseMoney } from '@/lib/validation';

/** Schemas shared by the wallet page (URL state), its forms and the add-credits action. */

/** The expense types upstream records (lib/sandbox seeds and handlers); others still pass the URL. */
export const EXPENSE_TYPES = ['recharge', 'did_setup', 'call', 'sms', 'whatsapp'] as const;
export const EXPENSE_LABELS: Record<string, string> = {
  recharge: 'Recharge',
  did_setup: 'Number setup',
  call: 'Calls',
  sms: 'SMS',
  whatsapp: 'WhatsApp',
};
export const PAGE_SIZES = [10, 20, 50, 100] as const;

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** A new validity date: a real calendar date, today or later. Empty means "leave as is". */
export const validTillSchema = optionalText.pipe(
  isoDateSchema.refine((d) => d >= todayUtc(), { error: 'Choose today or a later date' }).optional(),
);

export const idempotencyKeySchema = z.uuid({ error: 'This confirmation has expired. Open it again.' });

/** Empty amount = "extend validity only"; then a validity date is required (refined below). */
const moneyText = z.string().transform((v, ctx) => {
  const r = parseMoney(v);
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: MONEY_MESSAGES[r.problem] });
  return z.NEVER;
});
const optionalAmount = optionalText.pipe(moneyText.optional());

const NOTHING = 'Enter an amount, or choose a new validity date to extend validity only';
const VALIDITY_NEEDED = 'Choose the new validity date';

/**
 * A top-up asks for money, a new validity date, or both. "Extend validity only" is the
 * request without an amount (`topup=validity` in the URL makes the form say so).
 */
const somethingToDo = (v: { amount?: string; valid_till?: string }, ctx: z.RefinementCtx) => {
  if (v.amount === undefined && v.valid_till === undefined) {
    ctx.addIssue({ code: 'custom', message: NOTHING, path: ['amount'] });
  }
};

export const addCreditsSchema = z
  .object({ client_id: idSchema, amount: optionalAmount, valid_till: validTillSchema, key: idempotencyKeySchema })
  .superRefine(somethingToDo);
export type AddCreditsInput = z.output<typeof addCreditsSchema>;

/** The review step's request as it lives in the URL (?amount=500&valid_till=2027-03-31). */
export const creditRequestSchema = z
  .object({ amount: optionalAmount, valid_till: validTillSchema })
  .superRefine(somethingToDo);

/** "Extend validity only": the date is required and no amount is sent. */
export const validityOnlySchema = z.object({
  valid_till: optionalText.pipe(
    z
      .string({ error: VALIDITY_NEEDED })
      .pipe(isoDateSchema.refine((d) => d >= todayUtc(), { error: 'Choose today or a later date' })),
  ),
});

/** The transactions' filters and page, from the URL. Lenient: bad parts are dropped with a message. */
export const transactionsQuerySchema = z
  .object({
    expense_type: optionalText.pipe(
      z
        .string()
        .regex(/^[a-z_]{1,40}$/, { error: 'Choose a type from the list' })
        .optional(),
    ),
    start: optionalText.pipe(isoDateSchema.optional()),
    end: optionalText.pipe(isoDateSchema.optional()),
    did: optionalText.pipe(
      z
        .string()
        .transform((v) => v.replace(/[\s-]/g, ''))
        .pipe(z.string().regex(/^\+?\d{4,15}$/, { error: 'Enter digits of a number, e.g. +911143104501' }))
        .optional(),
    ),
    page: optionalText.pipe(z.coerce.number<string | undefined>().int().min(1).max(1_000_000).optional()),
    limit: optionalText.pipe(z.coerce.number<string | undefined>().pipe(z.literal(PAGE_SIZES)).optional()),
  })
  .refine((q) => !q.start || !q.end || !isValidIsoDate(q.start) || q.start <= q.end, {
    error: 'The end date must be on or after the start date',
    path: ['end'],
  });
export type TransactionsQuery = z.output<typeof transactionsQuerySchema>;

export function parseTransactionsQuery(params: Record<string, string | string[] | undefined>) {
  return parseSearchParams(transactionsQuerySchema, params, {} as TransactionsQuery);
}

/** The filters as URL parameters (page excluded unless asked), for links that keep them. */
export function transactionsParams(q: TransactionsQuery, withPage = false): Record<string, string | undefined> {
  return {
    expense_type: q.expense_type,
    start: q.start,
    end: q.end,
    did: q.did,
    limit: q.limit ? String(q.limit) : undefined,
    page: withPage && q.page ? String(q.page) : undefined,
  };
}
