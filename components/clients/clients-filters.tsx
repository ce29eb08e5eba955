import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { SelectField } from '@/components/ui/field';
import { FilterDisclosure } from '@/components/ui/filter-disclosure';
import { DEFAULT_PARAMS, type ListParams } from '@/lib/clients/schemas';
import { formatRupees } from '@/lib/money';
import { SearchBox } from './search-box';

const FILTER_KEYS = ['status', 'balance', 'expiring', 'sort', 'dir'] as const;

/**
 * A plain GET form: every state is a shareable URL. The search stays in view; the five
 * filters fold behind one "Filters" button with a count on phones, so the first row of
 * the list is on the first screen.
 */
/** `lowBalancePaise`: the portal's threshold (Settings), named in the Balance filter. */
export function ClientsFilters({ params, lowBalancePaise }: { params: ListParams; lowBalancePaise: number }) {
  const active = FILTER_KEYS.filter((k) => params[k] !== DEFAULT_PARAMS[k]).length;
  return (
    <Card className="mb-4">
      <form method="get" action="/clients" aria-label="Filter clients" className="flex flex-col gap-3">
        <SearchBox defaultValue={params.q} />
        <FilterDisclosure count={active} className="sm:grid-cols-3 lg:grid-cols-5">
          <SelectField name="status" label="Status" defaultValue={params.status}>
            <option value="all">All</option>
            <option value="active">Active</option>
            <option value="inactive">Inactive</option>
          </SelectField>
          <SelectField name="balance" label="Balance" defaultValue={params.balance}>
            <option value="all">Any balance</option>
            <option value="low">Low (under {formatRupees(lowBalancePaise)})</option>
          </SelectField>
          <SelectField name="expiring" label="Validity" defaultValue={params.expiring}>
            <option value="any">Any</option>
            <option value="7">Expires within 7 days</option>
            <option value="30">Expires within 30 days</option>
            <option value="90">Expires within 90 days</option>
            <option value="expired">Already expired</option>
          </SelectField>
          <SelectField name="sort" label="Sort by" defaultValue={params.sort}>
            <option value="name">Name</option>
            <option value="balance">Balance</option>
            <option value="valid_till">Valid till</option>
            <option value="created_at">Created</option>
          </SelectField>
          <SelectField name="dir" label="Order" defaultValue={params.dir}>
            <option value="asc">Ascending</option>
            <option value="desc">Descending</option>
          </SelectField>
        </FilterDisclosure>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass('secondary')}>
            Apply
          </button>
          <a href="/clients" className={buttonClass('ghost')}>
            Clear filters
          </a>
        </div>
      </form>
    </Card>
  );
}
