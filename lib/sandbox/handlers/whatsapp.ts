import { z } from 'zod';
import { requireClient } from '@/lib/sandbox/clients-store';
import { type Handler, type SandboxContext, SandboxError } from '@/lib/sandbox/core';
import { nextId } from '@/lib/sandbox/ids';
import { addHoliday, clearOwner, deleteHoliday, getSchedule, listHolidays, setSchedule } from '@/lib/sandbox/schedules';
import { clientIdField, idField, isUniqueViolation, optionalText, parseBody, requiredText } from './ops-common';

/**
 * WhatsApp Business numbers linked to a client, with their own schedule and holidays.
 * The access token is kept (upstream needs it to send) but is never part of a response.
 */

const linkSchema = z.object({
  client_id: clientIdField,
  // Meta's phone number ids are long numeric strings.
  phone_number_id: requiredText('phone_number_id', 32).pipe(
    z.string().regex(/^\d{5,32}$/, { error: 'phone_number_id must be the numeric id from WhatsApp Manager' }),
  ),
  access_token: requiredText('access_token', 4096).pipe(
    z.string().regex(/^\S+$/, { error: 'access_token must not contain spaces' }),
  ),
  display_number: optionalText('display_number', 20).pipe(
    z
      .string()
      .regex(/^\+?\d{6,15}$/, { error: 'display_number must be a phone number, e.g. +911143104501' })
      .optional(),
  ),
  verified_name: optionalText('verified_name', 100),
});

const waRef = z.object({ client_id: clientIdField, wa_did_id: idField('wa_did_id') });

const conflict = (pnid: string) =>
  new SandboxError(409, `WhatsApp number ${pnid} is already linked to this client`, {
    phone_number_id: ['Already linked'],
  });

async function requireWaDid(ctx: SandboxContext, clientId: string, waDidId: string) {
  const row = await ctx.db
    .selectFrom('sbx_whatsapp_dids')
    .select(['id'])
    .where('client_id', '=', clientId)
    .where('id', '=', waDidId)
    .executeTakeFirst();
  if (!row) throw new SandboxError(404, `WhatsApp number ${waDidId} not found for client ${clientId}`);
  return row;
}

const linkWhatsappDid: Handler = async (ctx, body) => {
  const input = parseBody(linkSchema, body);
  await requireClient(ctx, input.client_id);
  const existing = await ctx.db
    .selectFrom('sbx_whatsapp_dids')
    .select('id')
    .where('client_id', '=', input.client_id)
    .where('phone_number_id', '=', input.phone_number_id)
    .executeTakeFirst();
  if (existing) throw conflict(input.phone_number_id);
  const id = await nextId(ctx, 'whatsapp');
  const now = ctx.now().toISOString();
  try {
    await ctx.db
      .insertInto('sbx_whatsapp_dids')
      .values({
        id,
        client_id: input.client_id,
        phone_number_id: input.phone_number_id,
        access_token: input.access_token,
        display_number: input.display_number ?? null,
        verified_name: input.verified_name ?? null,
        status: 'connected',
        created_at: now,
        updated_at: now,
      })
      .execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(input.phone_number_id);
    throw err;
  }
  return { message: 'WhatsApp number linked', data: { wa_did_id: id } };
};

const getWhatsappDids: Handler = async (ctx, body) => {
  const input = parseBody(z.object({ client_id: clientIdField }), body);
  await requireClient(ctx, input.client_id);
  const rows = await ctx.db
    .selectFrom('sbx_whatsapp_dids')
    // Explicit columns: access_token must never be selected into a response.
    .select(['id', 'phone_number_id', 'display_number', 'verified_name', 'status'])
    .where('client_id', '=', input.client_id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const data = rows.map(({ id, ...rest }) => ({ wa_did_id: id, ...rest }));
  return { message: 'WhatsApp numbers', data };
};

const deleteWhatsappDid: Handler = async (ctx, body) => {
  const input = parseBody(waRef, body);
  await requireClient(ctx, input.client_id);
  const wa = await requireWaDid(ctx, input.client_id, input.wa_did_id);
  await ctx.db.deleteFrom('sbx_whatsapp_dids').where('id', '=', wa.id).execute();
  await clearOwner(ctx, 'whatsapp', input.client_id, wa.id);
  return { message: 'WhatsApp number removed', data: { wa_did_id: wa.id } };
};

const setWhatsappSchedule: Handler = async (ctx, body) => {
  // timezone and working_hours are validated (with field errors) by the shared schedule store.
  const input = parseBody(waRef.loose(), body);
  await requireClient(ctx, input.client_id);
  const wa = await requireWaDid(ctx, input.client_id, input.wa_did_id);
  const schedule = await setSchedule(ctx, 'whatsapp', input.client_id, wa.id, body.timezone, body.working_hours);
  return { message: 'WhatsApp schedule saved', data: { wa_did_id: wa.id, ...schedule } };
};

const getWhatsappSchedule: Handler = async (ctx, body) => {
  const input = parseBody(waRef, body);
  await requireClient(ctx, input.client_id);
  const wa = await requireWaDid(ctx, input.client_id, input.wa_did_id);
  const [schedule, holidays] = await Promise.all([
    getSchedule(ctx, 'whatsapp', input.client_id, wa.id),
    listHolidays(ctx, 'whatsapp', input.client_id, wa.id),
  ]);
  return { message: 'WhatsApp schedule', data: { wa_did_id: wa.id, ...schedule, holidays } };
};

const addWhatsappHoliday: Handler = async (ctx, body) => {
  const input = parseBody(waRef.loose(), body);
  await requireClient(ctx, input.client_id);
  const wa = await requireWaDid(ctx, input.client_id, input.wa_did_id);
  const holiday = await addHoliday(ctx, 'whatsapp', input.client_id, wa.id, body.name, body.date);
  return { message: 'Holiday added', data: holiday };
};

const deleteWhatsappHoliday: Handler = async (ctx, body) => {
  const input = parseBody(z.object({ client_id: clientIdField }).loose(), body);
  await requireClient(ctx, input.client_id);
  const data = await deleteHoliday(ctx, 'whatsapp', input.client_id, body.holiday_id);
  return { message: 'Holiday deleted', data };
};

export const handlers: Record<string, Handler> = {
  link_whatsapp_did: linkWhatsappDid,
  get_whatsapp_dids: getWhatsappDids,
  delete_whatsapp_did: deleteWhatsappDid,
  set_whatsapp_schedule: setWhatsappSchedule,
  get_whatsapp_schedule: getWhatsappSchedule,
  add_whatsapp_holiday: addWhatsappHoliday,
  delete_whatsapp_holiday: deleteWhatsappHoliday,
};
