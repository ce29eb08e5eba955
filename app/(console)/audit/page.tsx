import { z } from 'zod';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { SelectField, TextField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { listAudit } from '@/lib/audit/log';
import { requireStaff } from '@/lib/auth/session';
import { getDb } from '@/lib/db';

export const metadata = { title: 'Audit log' };

const PAGE_SIZE = 50;
const OUTCOMES = ['ok', 'denied', 'invalid', 'error', 'unauthenticated'] as const;
const filtersSchema = z.object({
  page: z.coerce.number().int().min(1).catch(1),
  client: z.string().trim().max(64).optional().catch(undefined),
  action: z.string().trim().max(80).optional().catch(undefined),
  outcome: z.enum(OUTCOMES).optional().catch(undefined),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireStaff('audit:read');
  const f = filtersSchema.parse(await searchParams);
  const { rows, total } = await listAudit(await getDb(), {
    page: f.page,
    pageSize: PAGE_SIZE,
    clientId: f.client || undefined,
    action: f.action || undefined,
    outcome: f.outcome,
  });
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made through the portal: who, what, for which client, and how it ended."
      />
      <Card className="mb-4">
        <form className="grid gap-3 sm:grid-cols-4" method="get">
          <TextField name="client" label="Client id" defaultValue={f.client} />
          <TextField name="action" label="Action" defaultValue={f.action} />
          <SelectField name="outcome" label="Outcome" defaultValue={f.outcome ?? ''}>
            <option value="">Any</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </SelectField>
          <div className="flex items-end">
            <button type="submit" className={buttonClass('secondary')}>
              Filter
            </button>
          </div>
        </form>
      </Card>
      <Card className="overflow-x-auto p-0 sm:p-0">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit entries, newest first</caption>
          <thead className="border-b border-line text-fg-muted">
            <tr>
              {['Time', 'User', 'Role', 'Client', 'Action', 'Outcome', 'Input', 'IP', 'Request'].map((h) => (
                <th key={h} scope="col" className="whitespace-nowrap px-3 py-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={9} className="px-3 py-6 text-center text-fg-muted">
                  No entries match.
                </td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.id} className="border-b border-line align-top last:border-0">
                  <td className="whitespace-nowrap px-3 py-2">{r.at.replace('T', ' ').slice(0, 19)}</td>
                  <td className="px-3 py-2">{r.userEmail ?? '—'}</td>
                  <td className="px-3 py-2">{r.role ?? '—'}</td>
                  <td className="px-3 py-2">{r.clientId ?? '—'}</td>
                  <td className="px-3 py-2 font-mono text-xs">{r.action}</td>
                  <td className="px-3 py-2">
                    {r.outcome}
                    {r.message ? <span className="block text-xs text-fg-muted">{r.message}</span> : null}
                  </td>
                  <td className="max-w-xs break-all px-3 py-2 font-mono text-xs">{r.input}</td>
                  <td className="px-3 py-2">{r.ip ?? '—'}</td>
                  <td className="px-3 py-2 font-mono text-xs">{r.requestId?.slice(0, 8) ?? '—'}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </Card>
      <Pagination
        page={f.page}
        pageSize={PAGE_SIZE}
        total={total}
        basePath="/audit"
        params={{ client: f.client, action: f.action, outcome: f.outcome }}
      />
    </>
  );
}
