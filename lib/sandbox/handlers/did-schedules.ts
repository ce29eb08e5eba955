import { requireActiveClient, requireClient } from '@/lib/sandbox/clients-store';
import { type Handler, type SandboxContext, SandboxError } from '@/lib/sandbox/core';
import { addHoliday, deleteHoliday, getSchedule, listHolidays, setSchedule } from '@/lib/sandbox/schedules';
import { reqStr } from '@/lib/sandbox/util';

/** The client's DID with this did_id, or 404 (another client's DID is as good as unknown). */
async function requireDidId(ctx: SandboxContext, clientId: string, didId: string): Promise<string> {
  const did = await ctx.db
    .selectFrom('sbx_dids')
    .select('did_id')
    .where('did_id', '=', didId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!did?.did_id) throw new SandboxError(404, `DID ${didId} not found for client ${clientId}`);
  return did.did_id;
}

const getDidSchedule: Handler = async (ctx, body) => {
  const client = await requireClient(ctx, reqStr(body, 'client_id'));
  const didId = await requireDidId(ctx, client.client_id, reqStr(body, 'did_id'));
  const [schedule, holidays] = await Promise.all([
    getSchedule(ctx, 'did', client.client_id, didId),
    listHolidays(ctx, 'did', client.client_id, didId),
  ]);
  return { message: 'DID schedule', data: { did_id: didId, ...schedule, holidays } };
};

const setDidSchedule: Handler = async (ctx, body) => {
  const client = await requireActiveClient(ctx, reqStr(body, 'client_id'));
  const didId = await requireDidId(ctx, client.client_id, reqStr(body, 'did_id'));
  const schedule = await setSchedule(ctx, 'did', client.client_id, didId, body.timezone, body.working_hours);
  return { message: 'DID schedule saved', data: { did_id: didId, ...schedule } };
};

const addDidHoliday: Handler = async (ctx, body) => {
  const client = await requireActiveClient(ctx, reqStr(body, 'client_id'));
  const didId = await requireDidId(ctx, client.client_id, reqStr(body, 'did_id'));
  const holiday = await addHoliday(ctx, 'did', client.client_id, didId, body.name, body.date);
  return { message: 'Holiday added', data: holiday };
};

const deleteDidHoliday: Handler = async (ctx, body) => {
  const client = await requireActiveClient(ctx, reqStr(body, 'client_id'));
  const data = await deleteHoliday(ctx, 'did', client.client_id, body.holiday_id);
  return { message: 'Holiday deleted', data };
};

export const handlers: Record<string, Handler> = {
  get_did_schedule: getDidSchedule,
  set_did_schedule: setDidSchedule,
  add_did_holiday: addDidHoliday,
  delete_did_holiday: deleteDidHoliday,
};
