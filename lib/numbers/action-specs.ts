import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionSpec } from '@/lib/action-core';
import { invalidateClients } from '@/lib/clients/queries';
import { getDb } from '@/lib/db';
import { UserError } from '@/lib/errors';
import { describePack, planPack } from '@/lib/holidays/pack';
import { isPartnerApiError, partnerApi } from '@/lib/partner-api';
import { idSchema } from '@/lib/partner-api/endpoints/common';
import { scheduleFieldsSchema } from '@/lib/schedule/form';
import { purchaseNumber } from './purchase';
import {
  addHolidayPackSchema,
  addHolidaySchema,
  buyNumberSchema,
  deleteHolidaySchema,
  removeNumberSchema,
} from './schemas';

/**
 * The numbers actions' specs, kept apart from the 'use server' module (actions.ts) so the
 * authorization of each can be unit-tested through createActionFactory.
 */
const spec = <S extends z.ZodType, T>(s: ActionSpec<S, T>) => s;

const numbersPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/numbers`;

export const buyNumberSpec = spec({
  name: 'numbers.buy',
  permission: 'numbers:buy',
  schema: buyNumberSchema,
  clientId: (i) => i.client_id,
  run: async (input, { user }) =>
    purchaseNumber(
      { db: await getDb(), api: partnerApi() },
      { clientId: input.client_id, number: input.number, key: input.key, userId: user.id },
    ),
  after: async (input, data) => {
    if (data.state !== 'succeeded') return;
    // The balance changed: the clients mirror must not show the old one.
    await invalidateClients(input.client_id);
    revalidatePath(numbersPath(input.client_id), 'layout');
  },
  successMessage: (d) =>
    d.state === 'succeeded'
      ? `${d.number} now belongs to this client.`
      : d.inProgress
        ? 'This purchase is still in progress (another tab or click started it). Check again in a moment.'
        : 'Pending: the provider did not answer in time, so the portal is confirming whether the purchase went through.',
});

export const removeNumberSpec = spec({
  name: 'numbers.remove',
  permission: 'numbers:write',
  schema: removeNumberSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const r = await partnerApi().call('remove_did', { client_id: input.client_id, did_no: input.number });
    return { number: r.did_no };
  },
  after: (input) => revalidatePath(numbersPath(input.client_id), 'layout'),
  successMessage: (d) => `${d.number} was removed from this client.`,
});

const didScheduleSchema = z.intersection(z.object({ client_id: idSchema, did_id: idSchema }), scheduleFieldsSchema);

export const saveDidScheduleSpec = spec({
  name: 'numbers.set-schedule',
  permission: 'numbers:write',
  schema: didScheduleSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const r = await partnerApi().call('set_did_schedule', {
      client_id: input.client_id,
      did_id: input.did_id,
      timezone: input.timezone,
      working_hours: input.working_hours,
    });
    return { didId: r.did_id };
  },
  after: (input) => revalidatePath(`${numbersPath(input.client_id)}/${encodeURIComponent(input.did_id)}`),
  successMessage: 'Schedule saved.',
});

export const addDidHolidaySpec = spec({
  name: 'numbers.add-holiday',
  permission: 'numbers:write',
  schema: addHolidaySchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    try {
      const h = await partnerApi().call('add_did_holiday', input);
      return { id: h.holiday_id, name: h.name, date: h.date };
    } catch (e) {
      if (isPartnerApiError(e) && e.status === 409) {
        throw new UserError('There is already a holiday on this date.', { date: ['Already a holiday on this date'] });
      }
      throw e;
    }
  },
  after: (input) => revalidatePath(`${numbersPath(input.client_id)}/${encodeURIComponent(input.did_id)}`),
  successMessage: (h) => `Added ${h.name} on ${h.date}.`,
});

export const deleteDidHolidaySpec = spec({
  name: 'numbers.delete-holiday',
  permission: 'numbers:write',
  schema: deleteHolidaySchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    await partnerApi().call('delete_did_holiday', { client_id: input.client_id, holiday_id: input.holiday_id });
    return { id: input.holiday_id };
  },
  after: (input) => revalidatePath(`${numbersPath(input.client_id)}/${encodeURIComponent(input.did_id)}`),
  successMessage: 'Holiday deleted.',
});

export const addDidHolidayPackSpec = spec({
  name: 'numbers.add-holiday-pack',
  permission: 'numbers:write',
  schema: addHolidayPackSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const api = partnerApi();
    const current = await api.call('get_did_schedule', { client_id: input.client_id, did_id: input.did_id });
    const { todo, years } = planPack(
      input.year,
      current.holidays.map((h) => h.date),
    );
    let added = 0;
    // One at a time: upstream allows one holiday per date and a burst could trip its rate limit.
    for (const h of todo) {
      try {
        await api.call('add_did_holiday', {
          client_id: input.client_id,
          did_id: input.did_id,
          name: h.name,
          date: h.date,
        });
        added++;
      } catch (e) {
        if (!(isPartnerApiError(e) && e.status === 409)) {
          throw new UserError(`Added ${added} of ${todo.length} holidays, then the provider refused: ${asMessage(e)}`);
        }
      }
    }
    return { added, years };
  },
  after: (input) => revalidatePath(`${numbersPath(input.client_id)}/${encodeURIComponent(input.did_id)}`),
  successMessage: (r) => describePack(r.years),
});

function asMessage(e: unknown): string {
  return e && typeof e === 'object' && 'userMessage' in e ? String(e.userMessage) : 'unexpected error';
}
