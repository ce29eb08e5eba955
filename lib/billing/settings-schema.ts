import { z } from 'zod';
import { parseMoney, toPaise } from '@/lib/money';

/** Settings → Billing: rupee amounts typed as text, parsed exactly (no floats) into paise. */
const rupees = (opts: { allowZero: boolean; label: string }) =>
  z.string({ error: `Enter ${opts.label}` }).transform((v, ctx) => {
    const s = v.trim().replace(/,/g, '');
    if (opts.allowZero && /^0+(\.0*)?$/.test(s)) return 0;
    const r = parseMoney(s);
    if (!r.ok) {
      ctx.addIssue({
        code: 'custom',
        message:
          r.problem === 'format'
            ? `Enter ${opts.label} in rupees, e.g. 500`
            : r.problem === 'positive'
              ? 'Enter an amount greater than 0'
              : r.problem === 'decimals'
                ? 'Use at most two decimal places'
                : 'Enter a smaller amount',
      });
      return z.NEVER;
    }
    return toPaise(r.value);
  });

export const billingSettingsSchema = z.object({
  top_up_ceiling: rupees({ allowZero: false, label: 'the largest top-up' }),
  low_balance: rupees({ allowZero: true, label: 'the low-balance line' }),
  validity_warning_days: z
    .string({ error: 'Enter a number of days' })
    .trim()
    .regex(/^\d{1,3}$/, { error: 'Enter whole days, 0 to 365' })
    .transform(Number)
    .refine((n) => n <= 365, { error: 'Enter whole days, 0 to 365' }),
});
