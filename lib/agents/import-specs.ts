import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { ClientActionSpec } from '@/lib/action-core';
import { asUserFacing } from '@/lib/errors';
import { partnerApi } from '@/lib/partner-api';
import { conflictAsFieldErrors } from './conflict';
import { mapLimit, type PlannedRow, planImport } from './import-plan';
import type { PreviewRow, RowResult } from './import-types';
import { fetchAgents } from './queries';
import { importRowSchema, previewImportSchema, runImportSchema } from './schemas';

/** Upstream calls in flight per import chunk: 500 rows neither hammer the API nor take minutes. */
export const IMPORT_CONCURRENCY = 4;

function toPreview(r: PlannedRow): PreviewRow {
  if (r.status === 'ready')
    return { line: r.line, status: 'ready', name: r.name, email: r.email, extension: r.values.extension ?? '' };
  return r;
}

const spec = <S extends z.ZodType, T>(s: ClientActionSpec<S, T>) => s;

export const previewImportSpec = spec({
  name: 'agents.import-preview',
  permission: 'agents:write',
  schema: previewImportSchema,
  // Only looks: nothing changes, so no audit row (and no passwords near the log).
  audit: false,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const existing = await fetchAgents(input.client_id);
    // The extensions planned for rows that named none travel back so the import uses them.
    return { rows: planImport(input.rows, existing).map(toPreview) };
  },
});

export const runImportSpec = spec({
  name: 'agents.import',
  permission: 'agents:write',
  schema: runImportSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const api = partnerApi();
    // Re-read and re-match now: a row imported by an earlier run (or another tab) is skipped.
    const existing = await fetchAgents(input.client_id);
    const emails = new Set(existing.map((a) => a.email?.toLowerCase()));
    const results = await mapLimit(input.rows, IMPORT_CONCURRENCY, async ({ line, values }): Promise<RowResult> => {
      const parsed = importRowSchema.safeParse(values);
      if (!parsed.success) return { line, status: 'failed', message: 'The row is not valid any more' };
      const row = parsed.data;
      if (emails.has(row.email)) return { line, status: 'exists', message: 'Already an agent' };
      try {
        const r = await api.call('add_agent', { client_id: input.client_id, ...row }).catch(conflictAsFieldErrors);
        return { line, status: 'created', message: `Extension ${r.extension}` };
      } catch (e) {
        const known = asUserFacing(e);
        if (!known) throw e;
        const fields = known.fieldErrors ? Object.values(known.fieldErrors).flat().join(' ') : '';
        return { line, status: 'failed', message: fields || known.message };
      }
    });
    return { results, created: results.filter((r) => r.status === 'created').length };
  },
  after: (input) => revalidatePath(`/clients/${encodeURIComponent(input.client_id)}/agents`, 'layout'),
});
