import { z } from 'zod';

export const MONEY_MESSAGES = {
  format: 'Enter an amount in rupees, e.g. 500 or 500.50',
  positive: 'Enter an amount greater than 0',
  decimals: 'Use at most two decimal places',
  tooLarge: 'Enter an amount below ₹1,000,000,000',
} as const;

type MoneyResult = { ok: true; value: string } | { ok: false; problem: keyof typeof MONEY_MESSAGES };

/**
 * Rupees as the API's decimal string: "500", "500.50". Parsed as text, never through a
 * float, so "0.1" stays exact; a trailing ".00" is dropped and one decimal is padded.
 */
export function parseMoney(input: string | number): MoneyResult {
  if (typeof input === 'number' && !Number.isFinite(input)) return { ok: false, problem: 'format' };
  const s = String(input).trim().replace(/,/g, '');
  const m = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[1] === '' && !m[2]) || s === '')
    return { ok: false, problem: s.startsWith('-') ? 'positive' : 'format' };
  const whole = m[1].replace(/^0+(?=\d)/, '') || '0';
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > 2) return { ok: false, problem: 'decimals' };
  if (/^0+$/.test(whole) && frac === '') return { ok: false, problem: 'positive' };
  if (whole.length > 9) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: frac === '' ? whole : `${whole}.${frac.padEnd(2, '0')}` };
}

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
