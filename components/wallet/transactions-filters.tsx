import { buttonClass } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { EXPENSE_LABELS, EXPENSE_TYPES, PAGE_SIZES, type TransactionsQuery } from '@/lib/wallet/schemas';

/** The transactions' filters: a GET form, so the state lives in the URL (page resets to 1). */
export function TransactionsFilters({
  action,
  query,
  errors,
}: {
  action: string;
  query: TransactionsQuery;
  errors: Record<string, string[]>;
}) {
  const types: string[] = [...EXPENSE_TYPES];
  if (query.expense_type && !types.includes(query.expense_type)) types.push(query.expense_type);
  return (
    <search aria-label="Filter transactions">
      <form method="get" action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
        <SelectField
          name="expense_type"
          label="Expense type"
          defaultValue={query.expense_type ?? ''}
          errors={errors.expense_type}
        >
          <option value="">All types</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {EXPENSE_LABELS[t] ?? t}
            </option>
          ))}
        </SelectField>
        <TextField name="start" label="From" type="date" defaultValue={query.start} errors={errors.start} />
        <TextField name="end" label="To" type="date" defaultValue={query.end} errors={errors.end} />
        <TextField name="did" label="Number (DID)" inputMode="tel" defaultValue={query.did} errors={errors.did} />
        <SelectField name="limit" label="Per page" defaultValue={String(query.limit ?? 20)} errors={errors.limit}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClass('primary')}>
            Apply filters
          </button>
          <a href={action} className={buttonClass('secondary')}>
            Clear
          </a>
        </div>
      </form>
    </search>
  );
}
