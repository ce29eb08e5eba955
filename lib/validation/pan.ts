// No zod here: the browser's signup checks import these rules directly (kyc-schemas.ts has the schemas).

/**
 * PAN: five letters, four digits, one letter. The 4th letter says who holds it; the
 * Income Tax Department issues only the letters below, so any other 4th letter is a typo.
 */
export const PAN_ENTITY_TYPES = {
  P: 'individual',
  C: 'company',
  H: 'hindu undivided family',
  F: 'firm / partnership / LLP',
  A: 'association of persons',
  T: 'trust',
  B: 'body of individuals',
  L: 'local authority',
  J: 'artificial juridical person',
  G: 'government',
} as const;

export type PanEntityCode = keyof typeof PAN_ENTITY_TYPES;

export const BTYPES = ['individual', 'proprietorship', 'partnership', 'company', 'llp', 'trust', 'society'] as const;
export type Btype = (typeof BTYPES)[number];

/**
 * Which PAN holder letters fit each business type.
 * - A proprietorship has no PAN of its own: it uses the proprietor's personal PAN (P).
 * - Partnerships and LLPs are both "firms" (F).
 * - Societies are registered either as an AOP (A) or, for charitable societies, hold a
 *   trust-type PAN (T); both occur in practice, so both are accepted.
 */
export const BTYPE_PAN_CODES: Record<Btype, readonly PanEntityCode[]> = {
  individual: ['P'],
  proprietorship: ['P'],
  partnership: ['F'],
  company: ['C'],
  llp: ['F'],
  trust: ['T'],
  society: ['A', 'T'],
};

const PAN_RE = /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/;

/** Uppercase and without spaces: how people paste it vs. how the API wants it. */
export function normalizePan(s: string): string {
  return s.replace(/\s/g, '').toUpperCase();
}

/** Strict: expects the canonical uppercase form (normalise first for user input). */
export function isValidPan(s: string): boolean {
  return PAN_RE.test(s);
}

export function panEntityType(pan: string): PanEntityCode | null {
  return isValidPan(pan) ? (pan[3] as PanEntityCode) : null;
}

export function panMatchesBtype(pan: string, btype: string): boolean {
  const code = panEntityType(pan);
  if (!code || !(BTYPES as readonly string[]).includes(btype)) return false;
  return BTYPE_PAN_CODES[btype as Btype].includes(code);
}

/**
 * Masked for display: first 2 and last 3 characters kept, the middle five replaced,
 * e.g. "ABCPE1234F" → "AB•••••34F". Anything not PAN-shaped is masked entirely.
 */
export function maskPan(pan: string): string {
  const v = normalizePan(pan);
  if (v.length !== 10) return '•'.repeat(10);
  return `${v.slice(0, 2)}•••••${v.slice(7)}`;
}
