import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';

const MOBILE_MESSAGE = 'Enter a 10-digit Indian mobile number, e.g. 9876543210';

/**
 * The 10-digit national form of an Indian mobile number, or null. Accepts "9876543210",
 * "+91 98765 43210", "09876543210" and "919876543210". The partner API takes mobiles
 * without +91 (country_code travels separately), hence the 10-digit output.
 */
export function normalizeIndianMobile(s: string): string | null {
  let raw = s.trim();
  // A bare 12-digit "91…" is someone pasting the international form without the plus.
  if (/^91\d{10}$/.test(raw.replace(/[\s-]/g, ''))) raw = `+${raw}`;
  const phone = parsePhoneNumberFromString(raw, 'IN');
  if (!phone?.isValid() || phone.country !== 'IN') return null;
  const national = String(phone.nationalNumber);
  // Landlines are valid Indian numbers too; only 6-9 starts are mobiles (TRAI plan).
  return /^[6-9]\d{9}$/.test(national) ? national : null;
}

export function isValidIndianMobile(s: string): boolean {
  return normalizeIndianMobile(s) !== null;
}

export const indianMobileSchema = z.string({ error: MOBILE_MESSAGE }).transform((v, ctx) => {
  const national = normalizeIndianMobile(v);
  if (national === null) {
    ctx.addIssue({ code: 'custom', message: MOBILE_MESSAGE });
    return z.NEVER;
  }
  return national;
});

/** Trimmed and lower-cased so that uniqueness checks upstream and here agree. */
export const emailSchema = z
  .string({ error: 'Enter an email address' })
  .trim()
  .toLowerCase()
  .pipe(
    z
      .email({ error: 'Enter a valid email address, e.g. name@example.com' })
      .max(254, { error: 'Email address is too long' }),
  );
