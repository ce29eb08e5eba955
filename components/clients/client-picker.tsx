import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { searchClients } from '@/lib/clients/queries';

/**
 * For console areas that belong to one client (numbers, wallet…): find the client first, then
 * open that area of it. A plain GET form, so it works without JavaScript.
 */
export async function ClientPicker({ q, area, areaLabel }: { q: string; area: string; areaLabel: string }) {
  const matches = q ? await searchClients(q) : [];
  return (
    <>
      <Card className="mb-6">
        <search aria-label="Find a client">
          <form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <TextField
              name="q"
              label="Client"
              defaultValue={q}
              placeholder="Name, email, mobile or client id"
              autoComplete="off"
              className="flex-1"
            />
            <button type="submit" className={buttonClass('primary')}>
              Find client
            </button>
          </form>
        </search>
      </Card>
      {q ? (
        matches.length ? (
          <Card className="p-0 sm:p-0">
            <ul aria-label="Matching clients" className="divide-y divide-line">
              {matches.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <span>
                    <span className="font-medium">{c.name}</span>{' '}
                    <span className="font-mono text-sm text-fg-muted">{c.id}</span>
                    {c.active ? null : <span className="ml-2 text-sm text-fg-muted">(inactive)</span>}
                  </span>
                  <Link
                    href={`/clients/${encodeURIComponent(c.id)}/${area}`}
                    className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-surface-muted"
                    aria-label={`${areaLabel} of ${c.name}`}
                  >
                    {areaLabel}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        ) : (
          <Card>
            <p>No client matches “{q}”.</p>
          </Card>
        )
      ) : null}
    </>
  );
}

/** The `q` search parameter, first value, trimmed and capped. */
export function pickerQuery(raw: string | string[] | undefined): string {
  return (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? '';
}
