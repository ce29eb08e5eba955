/**
 * Contact checks without zod or libphonenumber-js, for the browser (the signup's instant
 * feedback). The server still decides with contact.ts (libphonenumber, zod's email); these
 * agree with it on everything a person types in practice.
 */

/** 10 digits starting 6-9, optionally written with +91, 91 or 0 in front, spaces or dashes. */
export function looksLikeIndianMobile(s: string): boolean {
  const d = s.trim().replace(/[\s\-().]/g, '');
  const national = /^\+?91(\d{10})$/.exec(d)?.[1] ?? /^0?(\d{10})$/.exec(d)?.[1];
  return national !== undefined && /^[6-9]\d{9}$/.test(national);
}

/** The shape zod's `z.email()` accepts (its default pattern), at most 254 characters. */
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export function looksLikeEmail(s: string): boolean {
  const v = s.trim();
  return v.length <= 254 && EMAIL.test(v);
}
