/**
 * Party numbers are shown masked everywhere (lists, records, audit, logs) except in the form
 * that entered them: the last four digits, enough to tell two parties apart.
 *
 * Upstream may already mask them (the sandbox sends "+91••••••••10"). Then only the digits
 * after the last mask character are real: reading every digit would glue the country code to
 * them and show an invented "9110".
 */
const MASK_CHAR = /[•*xX#]/;

export function maskParty(value: string | null | undefined): string {
  if (!value) return '—';
  const masked = MASK_CHAR.test(value);
  const known = masked ? value.slice(value.search(/[•*xX#][^•*xX#]*$/) + 1) : value;
  const digits = known.replace(/\D/g, '');
  if (digits.length === 0 || (!masked && digits.length < 4)) return '••••';
  return `••••••${digits.slice(-4)}`;
}
