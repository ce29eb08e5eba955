'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';
import type { ScheduleValue } from '@/lib/schedule/days';
import { DAYS, type Day } from '@/lib/schedule/days';

export type FormAction = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;

const DAY_NAMES: Record<Day, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
const WEEKDAYS: Day[] = ['tue', 'wed', 'thu', 'fri'];

type DayState = { open: boolean; from: string; to: string };

/**
 * The weekly opening hours of anything with a schedule (a DID, an agent, a WhatsApp number).
 * `hidden` carries the ids the save action needs; field names follow lib/schedule/form.
 */
export function WeeklyScheduleEditor({
  schedule,
  hidden,
  action,
  timezones,
  canEdit,
}: {
  schedule: ScheduleValue;
  hidden: Record<string, string>;
  action: FormAction;
  timezones: string[];
  canEdit: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [days, setDays] = useState<Record<Day, DayState>>(() => {
    const out = {} as Record<Day, DayState>;
    for (const d of DAYS) {
      const h = schedule.working_hours[d];
      out[d] = { open: !!h, from: h?.open ?? '09:00', to: h?.close ?? '18:00' };
    }
    return out;
  });
  const failed = state && !state.ok ? state : null;
  const err = (path: string) => failed?.fieldErrors?.[path];
  const set = (d: Day, patch: Partial<DayState>) => setDays((s) => ({ ...s, [d]: { ...s[d], ...patch } }));
  const copyMonday = () =>
    setDays((s) => {
      const next = { ...s };
      for (const d of WEEKDAYS) next[d] = { ...s.mon };
      return next;
    });

  return (
    <form action={formAction} aria-label="Weekly schedule" className="space-y-4" noValidate>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <TextField
        name="timezone"
        label="Time zone"
        list="timezone-options"
        autoComplete="off"
        defaultValue={failed?.values?.timezone ?? schedule.timezone}
        errors={err('timezone')}
        hint="Type to search, e.g. Asia/Kolkata."
        disabled={!canEdit}
        className="max-w-sm"
      />
      <datalist id="timezone-options">
        {timezones.map((tz) => (
          <option key={tz} value={tz} />
        ))}
      </datalist>
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Opening hours</legend>
        <div className="divide-y divide-line rounded-md border border-line">
          {DAYS.map((d) => {
            const day = days[d];
            const dayErrors = [...(err(`working_hours.${d}.open`) ?? []), ...(err(`working_hours.${d}.close`) ?? [])];
            return (
              <div
                key={d}
                className="grid grid-cols-[7rem_1fr] items-center gap-x-3 gap-y-2 px-3 py-2 sm:grid-cols-[8rem_6rem_1fr]"
              >
                <span className="font-medium">{DAY_NAMES[d]}</span>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={`${d}_open`}
                    checked={day.open}
                    disabled={!canEdit}
                    onChange={(e) => set(d, { open: e.target.checked })}
                  />
                  <span>
                    <span className="sr-only">{DAY_NAMES[d]} </span>Open
                  </span>
                </label>
                <div className="col-span-2 flex flex-wrap items-center gap-2 sm:col-span-1">
                  {day.open ? (
                    <>
                      <label className="flex items-center gap-1 text-sm">
                        <span className="sr-only">{DAY_NAMES[d]} opens at</span>
                        <input
                          type="time"
                          name={`${d}_from`}
                          value={day.from}
                          disabled={!canEdit}
                          onChange={(e) => set(d, { from: e.target.value })}
                          aria-invalid={dayErrors.length ? true : undefined}
                          aria-describedby={dayErrors.length ? `${d}-error` : undefined}
                          className="rounded-md border border-line bg-surface px-2 py-1"
                        />
                      </label>
                      <span aria-hidden="true">to</span>
                      <label className="flex items-center gap-1 text-sm">
                        <span className="sr-only">{DAY_NAMES[d]} closes at</span>
                        <input
                          type="time"
                          name={`${d}_to`}
                          value={day.to}
                          disabled={!canEdit}
                          onChange={(e) => set(d, { to: e.target.value })}
                          aria-invalid={dayErrors.length ? true : undefined}
                          aria-describedby={dayErrors.length ? `${d}-error` : undefined}
                          className="rounded-md border border-line bg-surface px-2 py-1"
                        />
                      </label>
                    </>
                  ) : (
                    <span className="text-sm text-fg-muted">Closed</span>
                  )}
                  {dayErrors.length ? (
                    <p id={`${d}-error`} className="w-full text-sm text-danger">
                      {DAY_NAMES[d]}: {[...new Set(dayErrors)].join(' ')}
                    </p>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button variant="secondary" onClick={copyMonday}>
            Copy Monday to weekdays
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? 'Saving…' : 'Save schedule'}
          </Button>
        </div>
      ) : null}
      <FormStatus state={state} />
    </form>
  );
}
