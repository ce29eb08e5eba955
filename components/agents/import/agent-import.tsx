'use client';

import { useRouter } from 'next/navigation';
import { type ChangeEvent, useMemo, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { ActionResult } from '@/lib/action-core';
import { importAgents, previewAgentImport } from '@/lib/agents/actions';
import { IMPORT_CHUNK, MAX_IMPORT_ROWS } from '@/lib/agents/import-columns';
import type { PreviewRow, RowResult } from '@/lib/agents/import-types';
import { templateCsv } from './csv-text';
import { ImportPreview } from './import-preview';
import { ImportReport } from './import-report';

type Stage =
  | { kind: 'pick' }
  | { kind: 'preview'; rows: PreviewRow[]; file: Record<string, string>[] }
  | { kind: 'importing'; done: number; total: number; results: RowResult[]; preview: PreviewRow[] }
  | { kind: 'done'; results: RowResult[]; preview: PreviewRow[] };

/**
 * CSV import: parse in the browser, validate every row on the server (the form's zod schemas,
 * duplicates in the file and against the client's agents), then send the ready rows in chunks
 * (each chunk 4 upstream calls at a time) with a progress bar and a per-row result.
 */
export function AgentImport({ clientId, agentsHref }: { clientId: string; agentsHref: string }) {
  const [stage, setStage] = useState<Stage>({ kind: 'pick' });
  const [error, setError] = useState('');
  const [pending, start] = useTransition();
  const router = useRouter();
  // papaparse (parsing, the error report) loads when a file is chosen, not with the page.
  const csv = useRef<typeof import('./csv') | null>(null);
  // A data: URL, the same on the server and in the browser: a blob URL exists only in the
  // browser, and rendering the link only there made the page's hydration fail (React #418).
  const template = useMemo(() => `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv())}`, []);

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    setError('');
    if (!f) return;
    start(async () => {
      csv.current ??= await import('./csv');
      const parsed = csv.current.parseAgentsCsv(await f.text());
      if (parsed.missing.length) return setError(`The file lacks the column(s): ${parsed.missing.join(', ')}.`);
      if (!parsed.rows.length) return setError('The file has no rows under its header.');
      if (parsed.rows.length > MAX_IMPORT_ROWS)
        return setError(`The file has ${parsed.rows.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
      const r = await previewAgentImport({ client_id: clientId, rows: parsed.rows });
      if (!r.ok) return setError(r.message);
      setStage({ kind: 'preview', rows: r.data.rows, file: parsed.rows });
    });
  };

  const run = (rows: PreviewRow[], file: Record<string, string>[]) => {
    const ready = rows.filter((r) => r.status === 'ready');
    // The planned extension travels with the file's own values (the password never left the browser but for the call).
    const payload = ready.map((r) => ({ line: r.line, values: { ...file[r.line - 2], extension: r.extension } }));
    start(async () => {
      const results: RowResult[] = [];
      setStage({ kind: 'importing', done: 0, total: payload.length, results, preview: rows });
      for (let i = 0; i < payload.length; i += IMPORT_CHUNK) {
        const chunk = payload.slice(i, i + IMPORT_CHUNK);
        const r: ActionResult<{ results: RowResult[] }> = await importAgents({ client_id: clientId, rows: chunk });
        if (r.ok) results.push(...r.data.results);
        else results.push(...chunk.map((c) => ({ line: c.line, status: 'failed' as const, message: r.message })));
        setStage({
          kind: 'importing',
          done: results.length,
          total: payload.length,
          results: [...results],
          preview: rows,
        });
      }
      setStage({ kind: 'done', results, preview: rows });
      router.refresh();
    });
  };

  return (
    <div className="space-y-4">
      <Card className="space-y-3">
        <p className="text-sm">
          Columns: <span className="font-mono">name, email, phonenumber, password</span> (required) and{' '}
          <span className="font-mono">extension, is_webrtc, did_num, permission_group</span>. Rows whose email is
          already an agent of this client are skipped, so importing the same file again creates nobody twice.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <a href={template} download="agents-template.csv" className="text-sm underline underline-offset-2">
            Download the template
          </a>
          <label className="text-sm font-medium">
            CSV file{' '}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={onFile}
              disabled={pending}
              className="mt-1 block text-sm"
            />
          </label>
        </div>
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      </Card>
      {stage.kind === 'preview' ? (
        <ImportPreview rows={stage.rows} pending={pending} onImport={() => run(stage.rows, stage.file)} />
      ) : null}
      {stage.kind === 'importing' ? (
        <Card>
          <label className="block text-sm font-medium">
            Importing: {stage.done} of {stage.total}
            <progress className="mt-2 block w-full" max={stage.total} value={stage.done} />
          </label>
        </Card>
      ) : null}
      {stage.kind === 'done' && csv.current ? (
        <ImportReport
          preview={stage.preview}
          results={stage.results}
          agentsHref={agentsHref}
          toCsv={csv.current.reportCsv}
        />
      ) : null}
      {stage.kind !== 'pick' && !pending ? (
        <Button variant="ghost" onClick={() => setStage({ kind: 'pick' })}>
          Start again
        </Button>
      ) : null}
    </div>
  );
}
