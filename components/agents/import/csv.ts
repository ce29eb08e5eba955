import Papa from 'papaparse';
import { REQUIRED_COLUMNS } from '@/lib/agents/import-columns';

/**
 * Parsing the chosen file and writing the error report, in the browser (papaparse). Loaded when a
 * file is chosen, not with the page: the page's own CSV needs are in csv-text.ts.
 */
export type ParsedFile = { rows: Record<string, string>[]; missing: string[]; parseErrors: string[] };

export function parseAgentsCsv(text: string): ParsedFile {
  const out = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
    transform: (v) => v.trim(),
  });
  const fields = out.meta.fields ?? [];
  return {
    rows: out.data,
    missing: REQUIRED_COLUMNS.filter((c) => !fields.includes(c)),
    parseErrors: out.errors.slice(0, 5).map((e) => `Line ${(e.row ?? 0) + 2}: ${e.message}`),
  };
}

export function reportCsv(rows: { line: number; name: string; email: string; outcome: string; detail: string }[]) {
  return Papa.unparse({
    fields: ['line', 'name', 'email', 'outcome', 'detail'],
    data: rows.map((r) => [r.line, r.name, r.email, r.outcome, r.detail]),
  });
}
