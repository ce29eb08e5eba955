import { parseAuditUrl, toFilters } from '@/lib/audit/filters';
import { actionLabel, outcomeLabel } from '@/lib/audit/labels';
import { walkAudit } from '@/lib/audit/queries';
import { getDb } from '@/lib/db';
import { defineRoute } from '@/lib/route-guard';
import { getSettings } from '@/lib/settings';

const HEADER = [
  'time_utc',
  'action',
  'action_label',
  'user',
  'role',
  'client_id',
  'outcome',
  'result',
  'message',
  'input',
  'ip',
  'request_id',
];

/** A spreadsheet must not run a cell as a formula (=, +, -, @ first), and quotes are doubled. */
function cell(v: string | null | undefined): string {
  const s = v ?? '';
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The audit log's filtered set as CSV, streamed row by row (keyset batches), under the same
 * filters as the page. Inputs are the stored, already redacted JSON.
 */
export const GET = defineRoute({
  permission: 'audit:read',
  staffOnly: true,
  handler: async (req) => {
    const url = new URL(req.url);
    const u = parseAuditUrl(Object.fromEntries(url.searchParams));
    const filters = toFilters(u, (await getSettings()).displayTimeZone);
    const db = await getDb();
    const enc = new TextEncoder();
    const rows = walkAudit(db, filters);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(enc.encode(`${HEADER.join(',')}\r\n`));
      },
      async pull(c) {
        const next = await rows.next();
        if (next.done) return c.close();
        const r = next.value;
        const line = [
          r.at,
          r.action,
          actionLabel(r.action),
          r.userEmail,
          r.role,
          r.clientId,
          r.outcome,
          outcomeLabel(r.outcome),
          r.message,
          r.input,
          r.ip,
          r.requestId,
        ].map(cell);
        c.enqueue(enc.encode(`${line.join(',')}\r\n`));
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-${day}.csv"`,
      },
    });
  },
});
