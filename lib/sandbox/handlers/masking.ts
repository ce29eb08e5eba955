import { z } from 'zod';
import { requireClient } from '@/lib/sandbox/clients-store';
import { type Handler, type SandboxContext, SandboxError } from '@/lib/sandbox/core';
import { nextId } from '@/lib/sandbox/ids';
import { indianMobileSchema } from '@/lib/validation';
import {
  appendEvents,
  isLive,
  type MaskingEvent,
  refreshLiveSessions,
  refreshSession,
  type SessionRow,
  toSession,
} from './masking-lifecycle';
import {
  clientIdField,
  extensionRule,
  idField,
  intField,
  optionalText,
  parseBody,
  requireAgentExt,
  requiredText,
  requireOwnedDid,
} from './ops-common';

/** TTL bounds (minutes): a masked mapping should not outlive a working day. */
const TTL = { min: 1, max: 1440, dflt: 30 };
const STATUSES = ['ringing', 'connected', 'completed', 'cancelled', 'expired', 'failed'] as const;

const ttlField = intField('ttl_minutes', TTL.min, TTL.max, TTL.dflt);
const optionalMobile = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(indianMobileSchema.optional());

const samePartyCheck = (d: { party_a?: string; party_b?: string }) => !d.party_a || d.party_a !== d.party_b;
const samePartyIssue = { error: 'The two parties must be different numbers', path: ['party_b'] };

const createSchema = z
  .object({
    client_id: clientIdField,
    did_no: requiredText('did_no', 20),
    party_a: indianMobileSchema,
    party_b: indianMobileSchema,
    ttl_minutes: ttlField,
    agent_ext: optionalText('agent_ext').pipe(extensionRule.optional()),
  })
  .refine(samePartyCheck, samePartyIssue);

const sessionRef = z.object({ client_id: clientIdField, session_id: idField('session_id') });

const updateSchema = sessionRef
  .extend({
    party_a: optionalMobile,
    party_b: optionalMobile,
    ttl_minutes: intField('ttl_minutes', TTL.min, TTL.max),
  })
  .refine((d) => d.party_a || d.party_b || d.ttl_minutes !== undefined, {
    error: 'Give party_a, party_b or ttl_minutes to change',
    path: ['_'],
  });

/** The client's session, brought up to date, or 404 (another client's id is "not found" too). */
async function requireSession(ctx: SandboxContext, clientId: string, sessionId: string): Promise<SessionRow> {
  const row = await ctx.db
    .selectFrom('sbx_masking_sessions')
    .selectAll()
    .where('id', '=', sessionId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!row) throw new SandboxError(404, `Session ${sessionId} not found`);
  return refreshSession(ctx, row);
}

const notLive = (s: SessionRow) =>
  new SandboxError(409, `Session ${s.id} has ended (${s.status})`, undefined, { session_id: s.id, status: s.status });

const clickConnect: Handler = async (ctx, body) => {
  const input = parseBody(createSchema, body);
  await requireClient(ctx, input.client_id);
  const did = await requireOwnedDid(ctx, input.client_id, input.did_no, 'did_no');
  if (input.agent_ext) await requireAgentExt(ctx, input.client_id, input.agent_ext, 'agent_ext');
  const id = `cc_${await nextId(ctx, 'click_connect')}`;
  const now = ctx.now();
  const at = now.toISOString();
  const expires_at = new Date(now.getTime() + input.ttl_minutes * 60_000).toISOString();
  await ctx.db
    .insertInto('sbx_masking_sessions')
    .values({
      id,
      client_id: input.client_id,
      did_no: did.number,
      party_a: input.party_a,
      party_b: input.party_b,
      agent_ext: input.agent_ext ?? null,
      ttl_minutes: input.ttl_minutes,
      status: 'ringing',
      created_at: at,
      connected_at: null,
      ended_at: null,
      expires_at,
      updated_at: at,
    })
    .execute();
  await appendEvents(ctx, id, [
    { at, event: 'created', leg: 'system', duration_s: 0 },
    { at, event: 'dialing', leg: 'a', duration_s: 0 },
    { at, event: 'dialing', leg: 'b', duration_s: 0 },
  ]);
  return { message: 'Session created', data: { session_id: id, did_no: did.number, status: 'ringing', expires_at } };
};

const clickConnectUpdate: Handler = async (ctx, body) => {
  const input = parseBody(updateSchema, body);
  await requireClient(ctx, input.client_id);
  const s = await requireSession(ctx, input.client_id, input.session_id);
  if (!isLive(s.status)) throw notLive(s);
  const party_a = input.party_a ?? s.party_a;
  const party_b = input.party_b ?? s.party_b;
  if (party_a === party_b) throw new SandboxError(422, samePartyIssue.error, { party_b: [samePartyIssue.error] });
  const now = ctx.now();
  const at = now.toISOString();
  const events: MaskingEvent[] = [];
  if (party_a !== s.party_a) events.push({ at, event: 'party_updated', leg: 'a', duration_s: 0 });
  if (party_b !== s.party_b) events.push({ at, event: 'party_updated', leg: 'b', duration_s: 0 });
  // A new TTL counts from now: updating is how a live session is extended (or cut short).
  const ttl = input.ttl_minutes ?? s.ttl_minutes;
  const expires_at =
    input.ttl_minutes === undefined ? s.expires_at : new Date(now.getTime() + ttl * 60_000).toISOString();
  if (input.ttl_minutes !== undefined) events.push({ at, event: 'ttl_updated', leg: 'system', duration_s: 0 });
  const patch = { party_a, party_b, ttl_minutes: ttl, expires_at, updated_at: at };
  await ctx.db.updateTable('sbx_masking_sessions').set(patch).where('id', '=', s.id).execute();
  await appendEvents(ctx, s.id, events);
  return { message: 'Session updated', data: toSession({ ...s, ...patch }) };
};

const clickConnectCancel: Handler = async (ctx, body) => {
  const input = parseBody(sessionRef, body);
  await requireClient(ctx, input.client_id);
  const s = await requireSession(ctx, input.client_id, input.session_id);
  if (!isLive(s.status)) throw notLive(s);
  const now = ctx.now();
  const at = now.toISOString();
  const talked = s.connected_at ? Math.round((now.getTime() - Date.parse(s.connected_at)) / 1000) : 0;
  await ctx.db
    .updateTable('sbx_masking_sessions')
    .set({ status: 'cancelled', ended_at: at, updated_at: at })
    .where('id', '=', s.id)
    .execute();
  await appendEvents(ctx, s.id, [{ at, event: 'cancelled', leg: 'system', duration_s: Math.max(0, talked) }]);
  return { message: 'Session cancelled', data: { session_id: s.id, status: 'cancelled' } };
};

const listSchema = z.object({
  client_id: clientIdField,
  status: optionalText('status').pipe(
    z.enum(STATUSES, { error: `status must be one of ${STATUSES.join(', ')}` }).optional(),
  ),
  page: intField('page', 1, 1_000_000, 1),
  limit: intField('limit', 1, 100, 20),
});

const clickConnectSessions: Handler = async (ctx, body) => {
  const input = parseBody(listSchema, body);
  await requireClient(ctx, input.client_id);
  // Statuses are computed lazily: bring live sessions up to date before filtering on them.
  await refreshLiveSessions(ctx, input.client_id);
  let q = ctx.db.selectFrom('sbx_masking_sessions').where('client_id', '=', input.client_id);
  if (input.status) q = q.where('status', '=', input.status);
  const [count, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(input.limit)
      .offset((input.page - 1) * input.limit)
      .execute(),
  ]);
  return {
    message: 'Sessions',
    data: { items: rows.map(toSession), page: input.page, limit: input.limit, total: Number(count.n) },
  };
};

const clickConnectRecords: Handler = async (ctx, body) => {
  const input = parseBody(sessionRef, body);
  await requireClient(ctx, input.client_id);
  const s = await requireSession(ctx, input.client_id, input.session_id);
  const rows = await ctx.db
    .selectFrom('sbx_masking_events')
    .select(['at', 'event', 'leg', 'duration_s'])
    .where('session_id', '=', s.id)
    .orderBy('seq')
    .execute();
  return { message: 'Session records', data: rows.map((r) => ({ ...r, duration_s: Number(r.duration_s) })) };
};

export const handlers: Record<string, Handler> = {
  click_connect: clickConnect,
  click_connect_update: clickConnectUpdate,
  click_connect_cancel: clickConnectCancel,
  click_connect_sessions: clickConnectSessions,
  click_connect_records: clickConnectRecords,
};
