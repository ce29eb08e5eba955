import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/field';
import { searchClientsWithTotal } from '@/lib/clients/queries';
import { ClientMatchLines, moreMatchesHint } from './client-match';

/**
 * For console areas that belong to one client (numbers, wallet…): find the client first, then
 * open that area of it. A plain GET form, so it works without JavaScript. Shows the first 8
 * matches, says how many match in all, and links to the paged clients list for the rest.
 */
export async function ClientPicker({ q, area, areaLabel }: { q: string; area: string; areaLabel: string }) {
  const { rows: matches, total } = q ? await searchClientsWithTotal(q) : { rows: [], total: 0 };
  const more = moreMatchesHint(matches.length, total);
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
          <Card flush>
            <p role="status" className="border-b border-line px-4 py-2 text-sm text-fg-muted">
              {more ?? `${total} ${total === 1 ? 'client matches' : 'clients match'}.`}
              {more ? (
                <>
                  {' '}
                  <Link href={`/clients?q=${encodeURIComponent(q)}`} className="underline underline-offset-2">
                    See all in the clients list
                  </Link>
                </>
              ) : null}
            </p>
            <ul aria-label="Matching clients" className="divide-y divide-line">
              {matches.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <span className="min-w-0 flex-1">
                    <ClientMatchLines match={c} />
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
            <p role="status">No client matches “{q}”.</p>
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
