import Papa from 'papaparse';
import { IMPORT_COLUMNS, REQUIRED_COLUMNS } from '@/lib/agents/import-columns';

/** CSV in and out for the agent import, in the browser (papaparse). */
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

export function templateCsv(): string {
  return Papa.unparse({
    fields: [...IMPORT_COLUMNS],
    data: [['Asha Verma', 'asha@example.com', '9876543210', 'Change-me-2026', '', '1', '', '']],
  });
}

export function reportCsv(rows: { line: number; name: string; email: string; outcome: string; detail: string }[]) {
  return Papa.unparse({
    fields: ['line', 'name', 'email', 'outcome', 'detail'],
    data: rows.map((r) => [r.line, r.name, r.email, r.outcome, r.detail]),
  });
}

/** A download link's href for generated text (revoked by the caller when replaced). */
export function csvHref(text: string): string {
  return URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
}
