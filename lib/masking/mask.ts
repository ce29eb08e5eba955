/**
 * Party numbers are shown masked everywhere (lists, records, audit, logs) except in the form
 * that entered them: the last four digits, enough to tell two parties apart.
 */
export function maskParty(value: string | null | undefined): string {
  if (!value) return '—';
  const digits = value.replace(/\D/g, '');
  if (digits.length < 4) return '••••';
  return `••••••${digits.slice(-4)}`;
}
