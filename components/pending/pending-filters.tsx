import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import type { PendingQuery } from '@/lib/pending/list';
import { PENDING_STAGES, STAGE_LABELS } from '@/lib/pending/stages';

/** A plain GET form: the board's state lives in the URL and is applied on the server. */
export function PendingFilters({ query }: { query: PendingQuery }) {
  const filtered = query.q !== '' || query.stage !== '' || query.sort !== 'oldest';
  return (
    <search className="mb-4">
      <form
        method="get"
        action="/onboarding"
        aria-label="Filter pending registrations"
        className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
      >
        <TextField name="q" label="Search" type="search" defaultValue={query.q} hint="Name, email or mobile" />
        <SelectField name="stage" label="Stage" defaultValue={query.stage}>
          <option value="">All stages</option>
          {PENDING_STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <SelectField name="sort" label="Sort" defaultValue={query.sort}>
          <option value="oldest">Oldest first</option>
          <option value="newest">Newest first</option>
        </SelectField>
        <div className="flex items-center gap-3 sm:mb-5">
          <Button type="submit" variant="secondary">
            Apply
          </Button>
          {filtered ? (
            <Link href="/onboarding" className="text-sm underline underline-offset-4">
              Clear
            </Link>
          ) : null}
        </div>
      </form>
    </search>
  );
}
