// No zod here: the browser's signup checks import these rules directly (kyc-schemas.ts has the schemas).
import { verhoeffCheck } from './verhoeff';

/** People type Aadhaar in groups of four ("1234 5678 9012"); the API wants bare digits. */
export function normalizeAadhaar(s: string): string {
  return s.replace(/[\s-]/g, '');
}

export type AadhaarProblem = 'length' | 'leading' | 'checksum';

export const AADHAAR_MESSAGES: Record<AadhaarProblem, string> = {
  length: 'Aadhaar number has 12 digits',
  leading: 'Aadhaar numbers do not start with 0 or 1',
  checksum: 'This Aadhaar number is not valid (checksum)',
};

/** The first rule a (normalised) Aadhaar number breaks, or null when it is valid. */
export function aadhaarProblem(s: string): AadhaarProblem | null {
  const v = normalizeAadhaar(s);
  if (!/^\d{12}$/.test(v)) return 'length';
  // UIDAI never issues numbers starting 0 or 1 (reserved), so those are typos.
  if (v[0] === '0' || v[0] === '1') return 'leading';
  if (!verhoeffCheck(v)) return 'checksum';
  return null;
}

export function isValidAadhaar(s: string): boolean {
  return aadhaarProblem(s) === null;
}

/** Rule 7 of the design: Aadhaar is shown and stored only as its last four digits. */
export function aadhaarLast4(s: string): string {
  return normalizeAadhaar(s).slice(-4);
}
