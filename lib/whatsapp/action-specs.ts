import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { ActionSpec } from '@/lib/action-core';
import { UserError } from '@/lib/errors';
import { describePack, planPack } from '@/lib/holidays/pack';
import { isPartnerApiError, partnerApi } from '@/lib/partner-api';
import {
  addWaHolidayPackSchema,
  addWaHolidaySchema,
  deleteWaHolidaySchema,
  linkWhatsappSchema,
  unlinkWhatsappSchema,
  waScheduleSchema,
} from './schemas';

// clientId is required: these are clientAction specs (a client user reaches only its own).
const spec = <S extends z.ZodType, T>(s: ActionSpec<S, T> & { clientId: (i: z.output<S>) => string }) => s;
const waPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}/whatsapp`;

export const linkWhatsappSpec = spec({
  name: 'whatsapp.link',
  permission: 'whatsapp:write',
  schema: linkWhatsappSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    try {
      const r = await partnerApi().call('link_whatsapp_did', input);
      // Only the new id goes back: never the token.
      return { waDidId: r.wa_did_id };
    } catch (e) {
      if (isPartnerApiError(e) && e.status === 409) {
        throw new UserError('This WhatsApp number is already linked to this client.', {
          phone_number_id: ['Already linked'],
        });
      }
      throw e;
    }
  },
  after: (input) => revalidatePath(waPath(input.client_id), 'layout'),
  successMessage: 'WhatsApp number linked. Its access token is stored upstream and shown only as “set”.',
});

export const unlinkWhatsappSpec = spec({
  name: 'whatsapp.unlink',
  permission: 'whatsapp:write',
  schema: unlinkWhatsappSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const r = await partnerApi().call('delete_whatsapp_did', input);
    return { waDidId: r.wa_did_id };
  },
  after: (input) => revalidatePath(waPath(input.client_id), 'layout'),
  successMessage: 'WhatsApp number unlinked.',
});

const detailPath = (i: { client_id: string; wa_did_id: string }) =>
  `${waPath(i.client_id)}/${encodeURIComponent(i.wa_did_id)}`;

export const saveWaScheduleSpec = spec({
  name: 'whatsapp.set-schedule',
  permission: 'whatsapp:write',
  schema: waScheduleSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const r = await partnerApi().call('set_whatsapp_schedule', {
      client_id: input.client_id,
      wa_did_id: input.wa_did_id,
      timezone: input.timezone,
      working_hours: input.working_hours,
    });
    return { waDidId: r.wa_did_id };
  },
  after: (input) => revalidatePath(detailPath(input)),
  successMessage: 'Schedule saved.',
});

export const addWaHolidaySpec = spec({
  name: 'whatsapp.add-holiday',
  permission: 'whatsapp:write',
  schema: addWaHolidaySchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    try {
      const h = await partnerApi().call('add_whatsapp_holiday', input);
      return { id: h.holiday_id, name: h.name, date: h.date };
    } catch (e) {
      if (isPartnerApiError(e) && e.status === 409) {
        throw new UserError('There is already a holiday on this date.', { date: ['Already a holiday on this date'] });
      }
      throw e;
    }
  },
  after: (input) => revalidatePath(detailPath(input)),
  successMessage: (h) => `Added ${h.name} on ${h.date}.`,
});

export const deleteWaHolidaySpec = spec({
  name: 'whatsapp.delete-holiday',
  permission: 'whatsapp:write',
  schema: deleteWaHolidaySchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    await partnerApi().call('delete_whatsapp_holiday', { client_id: input.client_id, holiday_id: input.holiday_id });
    return { id: input.holiday_id };
  },
  after: (input) => revalidatePath(detailPath(input)),
  successMessage: 'Holiday deleted.',
});

export const addWaHolidayPackSpec = spec({
  name: 'whatsapp.add-holiday-pack',
  permission: 'whatsapp:write',
  schema: addWaHolidayPackSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const api = partnerApi();
    const current = await api.call('get_whatsapp_schedule', { client_id: input.client_id, wa_did_id: input.wa_did_id });
    const { todo, years } = planPack(
      input.year,
      current.holidays.map((h) => h.date),
    );
    let added = 0;
    // One at a time: one holiday per date upstream, and a burst could trip its rate limit.
    for (const h of todo) {
      try {
        await api.call('add_whatsapp_holiday', {
          client_id: input.client_id,
          wa_did_id: input.wa_did_id,
          name: h.name,
          date: h.date,
        });
        added++;
      } catch (e) {
        if (!(isPartnerApiError(e) && e.status === 409)) {
          throw new UserError(`Added ${added} of ${todo.length} holidays, then the provider refused the next one.`);
        }
      }
    }
    return { added, years };
  },
  after: (input) => revalidatePath(detailPath(input)),
  successMessage: (r) => describePack(r.years),
});
