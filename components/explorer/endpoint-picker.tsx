import { Button } from '@/components/ui/button';
import type { CatalogueEntry } from '@/lib/explorer/catalogue';

/** A plain GET form: works before scripts load, and the chosen endpoint lives in the URL. */
export function EndpointPicker({
  groups,
  selected,
}: {
  groups: { group: string; entries: Pick<CatalogueEntry, 'name' | 'title' | 'readOnly'>[] }[];
  selected: string | null;
}) {
  return (
    <form
      method="get"
      action="/settings/api#explorer"
      className="flex flex-wrap items-end gap-2"
      aria-label="Choose an endpoint"
    >
      <div className="min-w-0 flex-1 space-y-1">
        <label htmlFor="endpoint" className="block text-sm font-medium">
          Endpoint (53)
        </label>
        <select
          id="endpoint"
          name="endpoint"
          defaultValue={selected ?? ''}
          className="block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm"
        >
          <option value="" disabled>
            Choose…
          </option>
          {groups.map((g) => (
            <optgroup key={g.group} label={g.group}>
              {g.entries.map((e) => (
                <option key={e.name} value={e.name}>
                  {e.name}: {e.title}
                  {e.readOnly ? '' : ' (changes data)'}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Open
      </Button>
    </form>
  );
}
