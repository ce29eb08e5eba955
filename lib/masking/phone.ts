import 'server-only';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * A party's number, checked with libphonenumber-js (server only: the metadata is large and
 * must not reach the browser): a valid Indian mobile, returned as its 10 national digits
 * (what upstream expects). Null when it is not one.
 */
export function normalizePartyNumber(input: string): string | null {
  const p = parsePhoneNumberFromString(input.trim(), 'IN');
  if (!p || p.country !== 'IN' || !p.isValid()) return null;
  const type = p.getType();
  if (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') return null;
  return String(p.nationalNumber);
}
