'use client';

import { type FormEvent, startTransition, useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { packOptions, todayIn } from '@/lib/holidays/dates';
import type { FormAction } from './weekly-schedule-editor';

/**
 * Which form made the latest change: a form's message belongs to that change and goes away
 * once another form here changes something (a stale "Added 14 holidays" must not stay).
 */
type Owner = { active: string | null; claim: (id: string) => void };

export type HolidayItem = { id: string; name: string; date: string };

const dateLabel = (ymd: string) =>
  new Date(`${ymd}T00:00:00Z`).toLocaleDateString('en-IN', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

function Hidden({ values }: { values: Record<string, string> }) {
  return Object.entries(values).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />);
}

function DeleteHoliday({
  holiday,
  hidden,
  action,
  owner,
}: {
  holiday: HolidayItem;
  hidden: Record<string, string>;
  action: FormAction;
  owner: Owner;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const id = `delete:${holiday.id}`;
  return (
    <form action={formAction} onSubmit={() => owner.claim(id)} className="flex items-center justify-end gap-2">
      <Hidden values={{ ...hidden, holiday_id: holiday.id }} />
      <Button type="submit" variant="ghost" disabled={pending} aria-label={`Delete ${holiday.name} (${holiday.date})`}>
        {pending ? 'Deleting…' : 'Delete'}
      </Button>
      {state && !state.ok && owner.active === id ? (
        <span role="alert" className="text-sm text-danger">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

function AddHoliday({ hidden, action, owner }: { hidden: Record<string, string>; action: FormAction; owner: Owner }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const v = failed?.values ?? {};
  const mine = owner.active === 'add';
  return (
    <form
      action={formAction}
      onSubmit={() => owner.claim('add')}
      key={state?.ok ? `ok-${state.message}` : 'add'}
      aria-label="Add a holiday"
      className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-start"
      noValidate
    >
      <Hidden values={hidden} />
      <TextField
        name="name"
        label="Holiday name"
        defaultValue={v.name}
        errors={mine ? failed?.fieldErrors?.name : undefined}
        maxLength={100}
        required
      />
      <TextField
        name="date"
        label="Date"
        type="date"
        defaultValue={v.date}
        // Past dates are refused (here and on the server): a holiday in the past does nothing.
        min={todayIn()}
        errors={mine ? failed?.fieldErrors?.date : undefined}
        required
      />
      <Button type="submit" disabled={pending} className="sm:mt-6">
        {pending ? 'Adding…' : 'Add holiday'}
      </Button>
      <FormStatus state={mine ? state : null} className="sm:col-span-3" />
    </form>
  );
}

function AddPack({
  hidden,
  action,
  years,
  gazettedYears,
  owner,
}: {
  hidden: Record<string, string>;
  action: FormAction;
  years: number[];
  gazettedYears: number[];
  owner: Owner;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const options = packOptions(years, gazettedYears);
  const complete = years.filter((y) => gazettedYears.includes(y));
  const fixedOnly = years.filter((y) => !gazettedYears.includes(y));
  // Submitted without React's automatic form reset: the chosen years must stay chosen after
  // the message (a reset put the select back on the default span, so a second click added
  // other years than the ones on screen). Without JavaScript the form action still posts.
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    owner.claim('pack');
    const fd = new FormData(e.currentTarget);
    startTransition(() => formAction(fd));
  };
  return (
    <form action={formAction} onSubmit={submit} aria-label="Add India's national holidays" className="space-y-2">
      <Hidden values={hidden} />
      <div className="flex flex-wrap items-end gap-3">
        <SelectField name="year" label="Years" defaultValue={options[0]?.value} className="w-72 max-w-full">
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? 'Adding…' : "Add India's national holidays"}
        </Button>
      </div>
      <p className="text-xs text-fg-muted">
        {complete.length ? `Complete gazetted central-government list: ${complete.join(', ')}. ` : ''}
        {fixedOnly.length
          ? `Only the fixed national days (26 January, 15 August, 2 October) for ${fixedOnly.join(', ')}: no gazetted list yet. `
          : ''}
        Dates already past or already on the list are skipped.
      </p>
      <FormStatus state={owner.active === 'pack' ? state : null} />
    </form>
  );
}

/** Holidays of a schedule owner: list with delete, add one, add India's pack for a year. */
export function HolidayList({
  holidays,
  hidden,
  addAction,
  deleteAction,
  packAction,
  years,
  gazettedYears,
  canEdit,
}: {
  holidays: HolidayItem[];
  hidden: Record<string, string>;
  addAction: FormAction;
  deleteAction: FormAction;
  packAction: FormAction;
  years: number[];
  gazettedYears: number[];
  canEdit: boolean;
}) {
  const [active, claim] = useState<string | null>(null);
  const owner: Owner = { active, claim };
  return (
    <div className="space-y-6">
      {holidays.length ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Holidays</caption>
          <thead className="border-b border-line text-fg-muted">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Date
              </th>
              <th scope="col" className="py-2 pr-4">
                Holiday
              </th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {holidays.map((h) => (
              <tr key={h.id} className="border-b border-line last:border-0">
                <td className="py-1 pr-4 whitespace-nowrap">
                  <time dateTime={h.date}>{dateLabel(h.date)}</time>
                </td>
                <td className="py-1 pr-4">{h.name}</td>
                <td className="py-1">
                  {canEdit ? <DeleteHoliday holiday={h} hidden={hidden} action={deleteAction} owner={owner} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-fg-muted">No holidays yet: the schedule applies every week of the year.</p>
      )}
      {canEdit ? (
        <>
          <AddHoliday hidden={hidden} action={addAction} owner={owner} />
          <AddPack hidden={hidden} action={packAction} years={years} gazettedYears={gazettedYears} owner={owner} />
        </>
      ) : null}
    </div>
  );
}
