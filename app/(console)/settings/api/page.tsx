import { EndpointPicker } from '@/components/explorer/endpoint-picker';
import { type ExplorerEndpoint, ExplorerForm } from '@/components/explorer/explorer-form';
import { LatencyTable } from '@/components/explorer/latency-table';
import { TestConnection } from '@/components/explorer/test-connection';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { catalogueEntry, catalogueGroups, exampleText } from '@/lib/explorer/catalogue';
import { latencyByGroup } from '@/lib/explorer/metrics';

export const metadata = { title: 'API connection' };

/** Owner only: the partner API connection, its measured health, and a form for every call. */
export default async function ApiSettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ endpoint?: string | string[] }>;
}) {
  await requireStaff('api:manage');
  const [{ endpoint: raw }, latency] = await Promise.all([searchParams, latencyByGroup()]);
  const e = env();
  const entry = catalogueEntry(Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? ''));
  const form: ExplorerEndpoint | null = entry
    ? {
        name: entry.name,
        method: entry.method,
        path: entry.path,
        title: entry.title,
        summary: entry.summary,
        readOnly: entry.readOnly,
        params: entry.params.map((p) => ({
          name: p.name,
          required: p.required,
          type: p.type,
          note: p.note,
          example: exampleText(entry.example[p.name]),
        })),
      }
    : null;
  const groups = catalogueGroups().map((g) => ({
    group: g.group,
    entries: g.entries.map(({ name, title, readOnly }) => ({ name, title, readOnly })),
  }));
  return (
    <>
      <PageHeader
        title="API connection"
        description="The partner API this portal runs on, how it is doing, and every call to try."
      />
      <Card className="mb-6 space-y-4">
        <h2 className="text-lg font-semibold">Connection</h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-fg-muted">Mode</dt>
          <dd>{e.mode === 'sandbox' ? <Badge tone="warning">Sandbox</Badge> : <Badge tone="success">Live</Badge>}</dd>
          <dt className="text-fg-muted">Base URL</dt>
          <dd className="break-all font-mono text-xs">{e.partnerApiBaseUrl}</dd>
          <dt className="text-fg-muted">Key</dt>
          <dd className="font-mono text-xs">
            <span aria-hidden="true">••••••••</span>
            <span className="sr-only">ending in </span>
            {e.partnerApiKey.slice(-4)}
          </dd>
        </dl>
        <TestConnection />
      </Card>
      <Card flush className="mb-6">
        <h2 className="px-4 pt-4 text-lg font-semibold">Upstream health, last hour</h2>
        <p className="px-4 pb-2 text-sm text-fg-muted">
          Measured by the portal on every call (all instances); percentiles are upper bounds of latency bands; errors
          are 5xx answers, timeouts, network failures and unreadable answers.
        </p>
        <LatencyTable groups={latency.groups} all={latency.all} />
      </Card>
      <Card className="space-y-4" id="explorer">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-semibold">Explorer</h2>
          <a className="text-sm underline" href="/settings/api/openapi.json" download="partner-api.openapi.json">
            Download the OpenAPI 3.1 document
          </a>
        </div>
        <p className="text-sm text-fg-muted">
          Every call goes through the portal’s own client and is written to the audit log.
          {e.mode === 'live'
            ? ' Calls that change data ask you to type the endpoint name first.'
            : ' Sandbox mode: calls change only sandbox data.'}
        </p>
        <EndpointPicker groups={groups} selected={entry?.name ?? null} />
        {form ? (
          <div className="space-y-2 border-t border-line pt-4">
            <h3 className="text-base font-semibold">
              {form.title}{' '}
              <span className="font-mono text-xs text-fg-muted">
                {form.method} {form.path}
              </span>
            </h3>
            {form.summary ? <p className="text-sm">{form.summary}</p> : null}
            <ExplorerForm key={form.name} endpoint={form} live={e.mode === 'live'} />
          </div>
        ) : null}
      </Card>
    </>
  );
}
