import { IMPORT_COLUMNS } from '@/lib/agents/import-columns';

/** The import page's CSV needs that come with the page (no papaparse: it loads with a file). */

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The template to download: the columns and one example row (CRLF, as papaparse writes). */
export function templateCsv(): string {
  const example = ['Asha Verma', 'asha@example.com', '9876543210', 'Change-me-2026', '', '1', '', ''];
  return [IMPORT_COLUMNS.map(cell).join(','), example.map(cell).join(',')].join('\r\n');
}

/** A download link's href for generated text (revoked by the caller when replaced). */
export function csvHref(text: string): string {
  return URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
}
