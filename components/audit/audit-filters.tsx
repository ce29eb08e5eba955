import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { SelectField, TextField } from '@/components/ui/field';
import type { AuditUrl } from '@/lib/audit/filters';
import { AUDIT_OUTCOMES } from '@/lib/audit/filters';
import { knownActions, outcomeLabel } from '@/lib/audit/labels';

/** A plain GET form: the filters live in the URL (shareable; paging and the CSV keep them). */
export function AuditFiltersForm({
  values,
  zoneName,
  action,
  showClient = true,
}: {
  values: AuditUrl;
  zoneName: string;
  action: string;
  showClient?: boolean;
}) {
  const actions = knownActions();
  const unknownAction = values.action && !actions.some((a) => a.code === values.action);
  return (
    <Card className="mb-4">
      <search aria-label="Filter the audit log">
        <form method="get" action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <TextField name="actor" label="Who (email contains)" defaultValue={values.actor} autoComplete="off" />
          {showClient ? (
            <TextField name="client" label="Client id" defaultValue={values.client} autoComplete="off" />
          ) : null}
          <SelectField name="action" label="What" defaultValue={values.action ?? ''}>
            <option value="">Any action</option>
            {unknownAction ? <option value={values.action}>{values.action}</option> : null}
            {actions.map((a) => (
              <option key={a.code} value={a.code}>
                {a.label}
              </option>
            ))}
          </SelectField>
          <SelectField name="outcome" label="Result" defaultValue={values.outcome ?? ''}>
            <option value="">Any result</option>
            {AUDIT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {outcomeLabel(o)}
              </option>
            ))}
          </SelectField>
          <TextField name="from" label={`From (day, ${zoneName})`} type="date" defaultValue={values.from} />
          <TextField name="to" label={`To (day, ${zoneName})`} type="date" defaultValue={values.to} />
          <div className="flex items-end gap-3">
            <button type="submit" className={buttonClass('primary')}>
              Filter
            </button>
            <Link href={action} className="text-sm underline underline-offset-4">
              Clear
            </Link>
          </div>
        </form>
      </search>
    </Card>
  );
}
