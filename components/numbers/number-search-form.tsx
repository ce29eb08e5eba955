import { buttonClass } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import type { Region } from '@/lib/numbers/queries';
import { SEARCH_MODE_LABELS, SEARCH_MODES, type SearchQuery } from '@/lib/numbers/schemas';

/**
 * A plain GET form: the search lives in the URL (shareable, back-button friendly) and works
 * before or without JavaScript.
 */
export function NumberSearchForm({
  action,
  regions,
  query,
  errors,
}: {
  action: string;
  regions: Region[];
  query: SearchQuery;
  errors: Record<string, string[]>;
}) {
  const mode = query.mode ?? 'contains';
  return (
    <search aria-label="Search numbers">
      <form method="get" action={action} className="grid gap-4 md:grid-cols-4">
        <SelectField name="region" label="Region" defaultValue={query.region ?? ''} errors={errors.region}>
          <option value="">All regions</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({r.countryCode})
            </option>
          ))}
        </SelectField>
        <TextField
          name="pattern"
          label="Digits"
          inputMode="numeric"
          autoComplete="off"
          placeholder="e.g. 777"
          defaultValue={query.pattern ?? ''}
          errors={errors.pattern}
          hint="Up to 10 digits of the national number."
        />
        <fieldset className="md:col-span-2">
          <legend className="mb-1 block text-sm font-medium">The digits</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2 pt-1">
            {SEARCH_MODES.map((m) => (
              <label key={m} className="flex items-center gap-2 text-sm">
                <input type="radio" name="mode" value={m} defaultChecked={mode === m} />
                {SEARCH_MODE_LABELS[m].toLowerCase()}
              </label>
            ))}
          </div>
          {errors.mode ? <p className="text-sm text-danger">{errors.mode.join(' ')}</p> : null}
        </fieldset>
        <label className="flex items-center gap-2 text-sm md:col-span-3">
          <input type="checkbox" name="memorable" value="1" defaultChecked={query.memorable} />
          Only easy-to-remember numbers (repeated digits, runs, mirrors)
        </label>
        <div className="md:text-right">
          <button type="submit" className={buttonClass('primary')}>
            Search
          </button>
        </div>
      </form>
    </search>
  );
}
