'use client';

import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { PreviewRow } from '@/lib/agents/import-types';

const TONE = { ready: 'success', exists: 'neutral', invalid: 'danger' } as const;
const LABEL = { ready: 'Ready', exists: 'Already an agent', invalid: 'Problem' } as const;

/** Every row's verdict before anything is sent; only "ready" rows will be imported. */
export function ImportPreview({
  rows,
  pending,
  onImport,
}: {
  rows: PreviewRow[];
  pending: boolean;
  onImport: () => void;
}) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const count = (s: PreviewRow['status']) => rows.filter((r) => r.status === s).length;
  const ready = count('ready');
  const shown = onlyProblems ? rows.filter((r) => r.status === 'invalid') : rows;
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">Preview</h2>
      <p aria-live="polite" className="text-sm">
        {rows.length} rows: <strong>{ready} ready</strong>, {count('exists')} already agents, {count('invalid')} with
        problems.
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} /> Show only
        rows with problems
      </label>
      <div className="max-h-[28rem] overflow-y-auto">
        <Table label="Rows to import" stack>
          <TableHeader>
            <TableRow>
              <TableHead>Line</TableHead>
              <TableHead>Name</TableHead>
              <TableHead>Email</TableHead>
              <TableHead>Verdict</TableHead>
              <TableHead>Details</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((r) => (
              <TableRow key={r.line}>
                <TableCell label="Line">{r.line}</TableCell>
                <TableCell label="Name">{r.name || '—'}</TableCell>
                <TableCell label="Email" className="break-all">
                  {r.email || '—'}
                </TableCell>
                <TableCell label="Verdict">
                  <Badge tone={TONE[r.status]}>{LABEL[r.status]}</Badge>
                </TableCell>
                <TableCell label="Details">
                  {r.status === 'ready'
                    ? `Extension ${r.extension}`
                    : r.status === 'exists'
                      ? r.message
                      : r.errors.join(' · ')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Button onClick={onImport} disabled={pending || ready === 0}>
        {ready ? `Import ${ready} agent${ready === 1 ? '' : 's'}` : 'Nothing to import'}
      </Button>
    </Card>
  );
}
