import { rupeesText } from '@/lib/money';
import { dateOnly } from '@/lib/time';
import type { ClientRow } from './list';

/**
 * CSV (RFC 4180) of client rows. Cells a spreadsheet would run as a formula (starting with
 * = + - @, or a tab / carriage return, per OWASP) get a leading single quote: names and
 * emails are typed by end-clients at signup, so they are untrusted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = ['client_id', 'name', 'email', 'mobile', 'status', 'balance_inr', 'valid_till', 'created_at'];

export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function clientCsvLine(r: ClientRow): string {
  return csvLine([
    r.id,
    r.name,
    r.email,
    r.mobile,
    r.active ? 'active' : 'inactive',
    rupeesText(r.balancePaise),
    dateOnly(r.validTillMs) ?? r.validTill,
    r.createdAt,
  ]);
}

export function clientsCsv(rows: readonly ClientRow[]): string {
  return csvLine(CSV_HEADER) + rows.map(clientCsvLine).join('');
}
