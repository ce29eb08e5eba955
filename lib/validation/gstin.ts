// No zod here: the browser's signup checks import these rules directly (kyc-schemas.ts has the schemas).
import { isValidPan } from './pan';

/** GST state codes (first two GSTIN digits). 25 and 26 were merged in 2020 but old GSTINs keep 25. */
export const GST_STATE_CODES: Readonly<Record<string, string>> = {
  '01': 'Jammu and Kashmir',
  '02': 'Himachal Pradesh',
  '03': 'Punjab',
  '04': 'Chandigarh',
  '05': 'Uttarakhand',
  '06': 'Haryana',
  '07': 'Delhi',
  '08': 'Rajasthan',
  '09': 'Uttar Pradesh',
  '10': 'Bihar',
  '11': 'Sikkim',
  '12': 'Arunachal Pradesh',
  '13': 'Nagaland',
  '14': 'Manipur',
  '15': 'Mizoram',
  '16': 'Tripura',
  '17': 'Meghalaya',
  '18': 'Assam',
  '19': 'West Bengal',
  '20': 'Jharkhand',
  '21': 'Odisha',
  '22': 'Chhattisgarh',
  '23': 'Madhya Pradesh',
  '24': 'Gujarat',
  '25': 'Daman and Diu',
  '26': 'Dadra and Nagar Haveli and Daman and Diu',
  '27': 'Maharashtra',
  '28': 'Andhra Pradesh (before 2014)',
  '29': 'Karnataka',
  '30': 'Goa',
  '31': 'Lakshadweep',
  '32': 'Kerala',
  '33': 'Tamil Nadu',
  '34': 'Puducherry',
  '35': 'Andaman and Nicobar Islands',
  '36': 'Telangana',
  '37': 'Andhra Pradesh',
  '38': 'Ladakh',
  '97': 'Other Territory',
  '99': 'Centre Jurisdiction',
};

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const SHAPE = /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

/**
 * The GSTIN check character: Luhn mod 36 over the first 14 characters (weights 1,2,1,2…
 * from the left, each product folded as quotient + remainder by 36). Throws on bad input.
 */
export function gstinCheckChar(first14: string): string {
  if (!/^[0-9A-Z]{14}$/.test(first14)) throw new TypeError('gstinCheckChar expects 14 characters 0-9/A-Z');
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = ALPHABET.indexOf(first14[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET[(36 - (sum % 36)) % 36];
}

export function normalizeGstin(s: string): string {
  return s.replace(/\s/g, '').toUpperCase();
}

export type GstinProblem = 'shape' | 'state' | 'pan' | 'checksum';

export const GSTIN_MESSAGES: Record<GstinProblem, string> = {
  shape: 'GSTIN has 15 characters, e.g. 29ABCPE1234F1Z5',
  state: 'The first two digits of a GSTIN are a state code (01–38, 97 or 99)',
  pan: 'Characters 3–12 of a GSTIN must be a valid PAN',
  checksum: 'This GSTIN is not valid (check character)',
};

/** The first rule a canonical (uppercase) GSTIN breaks, or null when it is valid. */
export function gstinProblem(s: string): GstinProblem | null {
  if (!SHAPE.test(s)) return 'shape';
  if (!(s.slice(0, 2) in GST_STATE_CODES)) return 'state';
  if (!isValidPan(s.slice(2, 12))) return 'pan';
  if (gstinCheckChar(s.slice(0, 14)) !== s[14]) return 'checksum';
  return null;
}

/** Strict: expects the canonical uppercase form (normalise first for user input). */
export function isValidGstin(s: string): boolean {
  return gstinProblem(s) === null;
}

/** The PAN embedded in a GSTIN (characters 3–12), or null when the GSTIN is invalid. */
export function gstinPan(gstin: string): string | null {
  return isValidGstin(gstin) ? gstin.slice(2, 12) : null;
}

export function gstinState(gstin: string): string | null {
  return isValidGstin(gstin) ? GST_STATE_CODES[gstin.slice(0, 2)] : null;
}
