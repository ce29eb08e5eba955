'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { PreviewRow, RowResult } from '@/lib/agents/import-types';
import { csvHref } from './csv-text';

type ReportRow = { line: number; name: string; email: string; outcome: string; detail: string };

/** The import's outcome per row, and the rows that need attention as a CSV to fix and re-import. */
export function ImportReport({
  preview,
  results,
  agentsHref,
  toCsv,
}: {
  preview: PreviewRow[];
  results: RowResult[];
  agentsHref: string;
  toCsv: (rows: ReportRow[]) => string;
}) {
  const { all, problems, href } = useMemo(() => {
    const byLine = new Map(results.map((r) => [r.line, r]));
    const all: ReportRow[] = preview.map((p) => {
      const r = byLine.get(p.line);
      if (r) return { line: p.line, name: p.name, email: p.email, outcome: r.status, detail: r.message };
      if (p.status === 'exists')
        return { line: p.line, name: p.name, email: p.email, outcome: 'exists', detail: p.message };
      if (p.status === 'invalid')
        return { line: p.line, name: p.name, email: p.email, outcome: 'invalid', detail: p.errors.join(' · ') };
      return { line: p.line, name: p.name, email: p.email, outcome: 'not sent', detail: '' };
    });
    const problems = all.filter((r) => r.outcome === 'invalid' || r.outcome === 'failed' || r.outcome === 'not sent');
    return { all, problems, href: problems.length ? csvHref(toCsv(problems)) : '' };
  }, [preview, results, toCsv]);
  const created = all.filter((r) => r.outcome === 'created').length;
  const existing = all.filter((r) => r.outcome === 'exists').length;
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">Import finished</h2>
      <p role="status" className="text-sm">
        <strong>{created} created</strong>, {existing} already agents (skipped), {problems.length} not imported.
      </p>
      {problems.length ? (
        <>
          <ul aria-label="Rows not imported" className="list-inside list-disc text-sm">
            {problems.map((p) => (
              <li key={p.line}>
                Line {p.line} ({p.name || p.email || 'no name'}): {p.detail || p.outcome}
              </li>
            ))}
          </ul>
          <a href={href} download="agents-import-report.csv" className="text-sm underline underline-offset-2">
            Download the error report (CSV)
          </a>
        </>
      ) : null}
      <p>
        <Link href={agentsHref} className={buttonClass('secondary')}>
          Back to the agents
        </Link>
      </p>
    </Card>
  );
}
