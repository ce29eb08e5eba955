import { buttonClass } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import type { AgentFilters as Filters } from '@/lib/agents/list';

/** Search and filters as a plain GET form: works without JavaScript, lives in the URL. */
export function AgentFilters({ filters }: { filters: Filters }) {
  return (
    <search aria-label="Find agents">
      <form method="get" className="grid gap-3 sm:grid-cols-[1fr_10rem_12rem_auto] sm:items-end">
        <TextField
          name="q"
          label="Search"
          defaultValue={filters.q}
          placeholder="Name, email, phone, extension"
          autoComplete="off"
        />
        <SelectField name="status" label="Status" defaultValue={filters.status}>
          <option value="all">All</option>
          <option value="active">Active</option>
          <option value="inactive">Inactive</option>
        </SelectField>
        <SelectField name="availability" label="Availability" defaultValue={filters.availability}>
          <option value="all">All</option>
          <option value="available">Available</option>
          <option value="unavailable">Unavailable</option>
          <option value="on-call">On a call</option>
        </SelectField>
        <input type="hidden" name="sort" value={filters.sort} />
        <input type="hidden" name="dir" value={filters.dir} />
        <button type="submit" className={buttonClass('secondary')}>
          Apply
        </button>
      </form>
    </search>
  );
}
