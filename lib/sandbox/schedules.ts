import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { isoDateSchema, timezoneSchema, type WorkingHours, workingHoursSchema } from '@/lib/validation';
import { SandboxError } from './core';
import { nextId } from './ids';
import { parseField } from './util';

/**
 * Schedules and holidays shared by DIDs, agents and WhatsApp numbers. Callers check that
 * the owner exists and belongs to the client; these functions validate and store.
 */
export type OwnerKind = 'did' | 'agent' | 'whatsapp';
type Ctx = { db: DB; now: () => Date };

export type Schedule = { timezone: string; working_hours: WorkingHours };
export type Holiday = { holiday_id: string; name: string; date: string };

/** What an owner that never had a schedule set reports: office hours, India time. */
export const DEFAULT_SCHEDULE: Schedule = {
  timezone: 'Asia/Kolkata',
  working_hours: Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => [d, { open: '09:00', close: '18:00' }]),
  ),
};

export async function getSchedule(ctx: Ctx, kind: OwnerKind, clientId: string, ownerId: string): Promise<Schedule> {
  const row = await ctx.db
    .selectFrom('sbx_schedules')
    .select(['timezone', 'working_hours'])
    .where('owner_kind', '=', kind)
    .where('owner_id', '=', ownerId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!row) return structuredClone(DEFAULT_SCHEDULE);
  return { timezone: row.timezone, working_hours: JSON.parse(row.working_hours) };
}

/**
 * Validates and stores; 422 on a bad zone or hours. `workingHours` undefined keeps the current
 * hours (it is optional in the reference); a JSON string is accepted as forms often send one.
 */
export async function setSchedule(
  ctx: Ctx,
  kind: OwnerKind,
  clientId: string,
  ownerId: string,
  timezone: unknown,
  workingHours: unknown,
): Promise<Schedule> {
  const tz = parseField(timezoneSchema, timezone, 'timezone');
  let hours: WorkingHours;
  if (workingHours === undefined || workingHours === null || workingHours === '') {
    hours = (await getSchedule(ctx, kind, clientId, ownerId)).working_hours;
  } else {
    let raw = workingHours;
    if (typeof raw === 'string') {
      try {
        raw = JSON.parse(raw);
      } catch {
        throw new SandboxError(422, 'Invalid working_hours', { working_hours: ['Must be a JSON object keyed by day'] });
      }
    }
    hours = parseField(workingHoursSchema, raw, 'working_hours');
  }
  const now = ctx.now().toISOString();
  const json = JSON.stringify(hours);
  await ctx.db
    .insertInto('sbx_schedules')
    .values({
      owner_kind: kind,
      owner_id: ownerId,
      client_id: clientId,
      timezone: tz,
      working_hours: json,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['owner_kind', 'owner_id'])
        .doUpdateSet({ client_id: clientId, timezone: tz, working_hours: json, updated_at: now }),
    )
    .execute();
  return { timezone: tz, working_hours: hours };
}

export async function listHolidays(ctx: Ctx, kind: OwnerKind, clientId: string, ownerId: string): Promise<Holiday[]> {
  return ctx.db
    .selectFrom('sbx_holidays')
    .select(['holiday_id', 'name', 'date'])
    .where('owner_kind', '=', kind)
    .where('owner_id', '=', ownerId)
    .where('client_id', '=', clientId)
    .orderBy('date')
    .execute();
}

/** 422 on a bad name or date; 409 when the owner already has a holiday on that date. */
export async function addHoliday(
  ctx: Ctx,
  kind: OwnerKind,
  clientId: string,
  ownerId: string,
  name: unknown,
  date: unknown,
): Promise<Holiday> {
  const cleanName = typeof name === 'string' ? name.trim() : '';
  if (cleanName === '' || cleanName.length > 100) {
    throw new SandboxError(422, 'Invalid name', { name: ['Enter a name of at most 100 characters'] });
  }
  const day = parseField(isoDateSchema, date, 'date');
  const clash = await ctx.db
    .selectFrom('sbx_holidays')
    .select('holiday_id')
    .where('owner_kind', '=', kind)
    .where('owner_id', '=', ownerId)
    .where('date', '=', day)
    .executeTakeFirst();
  if (clash) throw new SandboxError(409, `There is already a holiday on ${day}`, { date: ['Already a holiday'] });
  const holiday_id = await nextId(ctx, 'holiday');
  await ctx.db
    .insertInto('sbx_holidays')
    .values({
      holiday_id,
      owner_kind: kind,
      owner_id: ownerId,
      client_id: clientId,
      name: cleanName,
      date: day,
      created_at: ctx.now().toISOString(),
    })
    .execute();
  return { holiday_id, name: cleanName, date: day };
}

/** 404 unless the holiday exists, is of this kind and belongs to the client. */
export async function deleteHoliday(
  ctx: Ctx,
  kind: OwnerKind,
  clientId: string,
  holidayId: unknown,
): Promise<{ holiday_id: string }> {
  const id = typeof holidayId === 'string' || typeof holidayId === 'number' ? String(holidayId).trim() : '';
  if (id === '') throw new SandboxError(422, 'holiday_id is required', { holiday_id: ['This field is required'] });
  const res = await ctx.db
    .deleteFrom('sbx_holidays')
    .where('holiday_id', '=', id)
    .where('owner_kind', '=', kind)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw new SandboxError(404, `Holiday ${id} not found`);
  return { holiday_id: id };
}

/** Drops an owner's schedule and holidays (a DID returned to inventory, a deleted agent). */
export async function clearOwner(ctx: Ctx, kind: OwnerKind, clientId: string, ownerId: string): Promise<void> {
  await ctx.db
    .deleteFrom('sbx_schedules')
    .where('owner_kind', '=', kind)
    .where('owner_id', '=', ownerId)
    .where('client_id', '=', clientId)
    .execute();
  await ctx.db
    .deleteFrom('sbx_holidays')
    .where('owner_kind', '=', kind)
    .where('owner_id', '=', ownerId)
    .where('client_id', '=', clientId)
    .execute();
}
