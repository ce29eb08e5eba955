import { z } from 'zod';
import { isoDateSchema, timezoneSchema, workingHoursSchema } from '@/lib/validation';
import { anyId, didNumberSchema, endpoint, holidayOut, idSchema, optStr, textSchema, waScheduleOut } from './common';

const GROUP = 'WhatsApp';
const P = '/partnerclients';

const waDid = { client_id: idSchema, wa_did_id: idSchema };

export const whatsappEndpoints = {
  link_whatsapp_did: endpoint({
    name: 'link_whatsapp_did',
    group: GROUP,
    method: 'POST',
    path: `${P}/link_whatsapp_did`,
    readOnly: false,
    request: z.object({
      client_id: idSchema,
      // Meta's phone number id is numeric; the access token is a secret (never logged or echoed).
      phone_number_id: z
        .string()
        .trim()
        .regex(/^\d{5,20}$/, { error: 'The phone number id is the number Meta shows, e.g. 1029384756' }),
      access_token: z.string().trim().min(20, { error: 'Paste the full access token' }).max(1000),
      display_number: didNumberSchema.optional(),
      verified_name: textSchema(100).optional(),
    }),
    response: z.looseObject({ wa_did_id: anyId }),
  }),
  get_whatsapp_dids: endpoint({
    name: 'get_whatsapp_dids',
    group: GROUP,
    method: 'POST',
    path: `${P}/get_whatsapp_dids`,
    readOnly: true,
    request: z.object({ client_id: idSchema }),
    response: z.array(
      z.looseObject({
        wa_did_id: anyId,
        phone_number_id: anyId,
        display_number: optStr,
        verified_name: optStr,
        status: anyId.optional(),
      }),
    ),
  }),
  delete_whatsapp_did: endpoint({
    name: 'delete_whatsapp_did',
    group: GROUP,
    method: 'POST',
    path: `${P}/delete_whatsapp_did`,
    readOnly: false,
    request: z.object(waDid),
    response: z.looseObject({ wa_did_id: anyId }),
  }),
  set_whatsapp_schedule: endpoint({
    name: 'set_whatsapp_schedule',
    group: GROUP,
    method: 'POST',
    path: `${P}/set_whatsapp_schedule`,
    readOnly: false,
    request: z.object({ ...waDid, timezone: timezoneSchema, working_hours: workingHoursSchema.optional() }),
    response: waScheduleOut,
  }),
  get_whatsapp_schedule: endpoint({
    name: 'get_whatsapp_schedule',
    group: GROUP,
    method: 'POST',
    path: `${P}/get_whatsapp_schedule`,
    readOnly: true,
    request: z.object(waDid),
    response: waScheduleOut.extend({ holidays: z.array(holidayOut).default([]) }),
  }),
  add_whatsapp_holiday: endpoint({
    name: 'add_whatsapp_holiday',
    group: GROUP,
    method: 'POST',
    path: `${P}/add_whatsapp_holiday`,
    readOnly: false,
    request: z.object({ ...waDid, name: textSchema(100), date: isoDateSchema }),
    response: holidayOut,
  }),
  delete_whatsapp_holiday: endpoint({
    name: 'delete_whatsapp_holiday',
    group: GROUP,
    method: 'POST',
    path: `${P}/delete_whatsapp_holiday`,
    readOnly: false,
    request: z.object({ client_id: idSchema, holiday_id: idSchema }),
    response: z.looseObject({ holiday_id: anyId }),
  }),
};
