/**
 * Money, everywhere in the portal: integer paise inside, rupees at the edges. No zod and no
 * server-only imports, so browser components and the server share the same rules.
 */

/** Rupees as upstream sends them ("123.4", 99, "-5") → integer paise, without float drift. */
export function toPaise(amount: string | number): number {
  const s = String(amount).trim();
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) {
    const n = Number(s);
    return Number.isFinite(n) ? Math.round(n * 100) : 0;
  }
  const frac = (m[3] ?? '').padEnd(3, '0');
  const paise = Number(m[2]) * 100 + Number(frac.slice(0, 2)) + (Number(frac[2]) >= 5 ? 1 : 0);
  return m[1] ? -paise : paise;
}

const inr = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** ₹ with two decimals and Indian digit grouping: 1234567 paise → "₹12,345.67". */
export function formatRupees(paise: number): string {
  return inr.format(paise / 100);
}

/** Plain rupees for CSV ("12345.67", "-5.00"): no symbol, no grouping, exact from paise. */
export function rupeesText(paise: number): string {
  const sign = paise < 0 ? '-' : '';
  const abs = Math.abs(paise);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export const MONEY_MESSAGES = {
  format: 'Enter an amount in rupees, e.g. 500 or 500.50',
  positive: 'Enter an amount greater than 0',
  decimals: 'Use at most two decimal places',
  tooLarge: 'Enter an amount below ₹1,000,000,000',
} as const;

export type MoneyResult = { ok: true; value: string } | { ok: false; problem: keyof typeof MONEY_MESSAGES };

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
