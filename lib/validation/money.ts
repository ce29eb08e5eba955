import { z } from 'zod';
import { MONEY_MESSAGES, parseMoney } from '@/lib/money';

// The rules live in lib/money.ts (no zod, shared with the browser); these are their schemas.
export { MONEY_MESSAGES, parseMoney } from '@/lib/money';

export const moneySchema = z.union([z.string(), z.number()], { error: MONEY_MESSAGES.format }).transform((v, ctx) => {
  const r = parseMoney(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: MONEY_MESSAGES[r.problem] });
    return z.NEVER;
  }
  return r.value;
});

export const otpSchema = z
  .string({ error: 'Enter the 6-digit code' })
  .trim()
  .regex(/^\d{6}$/, { error: 'Enter the 6-digit code' });
