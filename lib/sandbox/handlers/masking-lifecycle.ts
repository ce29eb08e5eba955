import type { Selectable } from 'kysely';
import type { SandboxContext } from '@/lib/sandbox/core';
import type { SbxMaskingSessionsTable } from '@/lib/sandbox/schema-ops';

/**
 * How a click-connect session moves, deterministically with the clock so tests and demos
 * can predict it (Stripe-test-mode style):
 *   ringing for RING_S seconds → connected (both legs answer) → completed CALL_S seconds later;
 *   a party number ending in FAILING_SUFFIX never answers → failed when ringing ends;
 *   reaching expires_at before any of that → expired; cancel → cancelled.
 * Nothing runs in the background: state is computed from ctx.now() when a session is read,
 * then persisted with the events (stamped at the model's times, not the read's).
 */
export const RING_S = 10;
export const CALL_S = 120;
export const FAILING_SUFFIX = '0000';
export const LIVE_STATUSES = ['ringing', 'connected'] as const;

export type SessionRow = Selectable<SbxMaskingSessionsTable>;
export type MaskingEvent = { at: string; event: string; leg: string; duration_s: number };
type Patch = Pick<SessionRow, 'status' | 'connected_at' | 'ended_at'>;

export const isLive = (status: string) => (LIVE_STATUSES as readonly string[]).includes(status);

const iso = (ms: number) => new Date(ms).toISOString();
const secs = (fromMs: number, toMs: number) => Math.max(0, Math.round((toMs - fromMs) / 1000));

/** Pure: the session's state at `now` and the events that got it there (none if unchanged). */
export function advance(s: SessionRow, now: Date): { patch: Patch; events: MaskingEvent[] } {
  const t = now.getTime();
  const expires = Date.parse(s.expires_at);
  const patch: Patch = { status: s.status, connected_at: s.connected_at, ended_at: s.ended_at };
  const events: MaskingEvent[] = [];

  if (patch.status === 'ringing') {
    const answerAt = Date.parse(s.created_at) + RING_S * 1000;
    if (expires <= answerAt && t >= expires) {
      Object.assign(patch, { status: 'expired', ended_at: iso(expires) });
      events.push({ at: iso(expires), event: 'expired', leg: 'system', duration_s: 0 });
    } else if (t >= answerAt) {
      const at = iso(answerAt);
      const legs = [
        ['a', s.party_a],
        ['b', s.party_b],
      ] as const;
      for (const [leg, num] of legs) {
        events.push({ at, event: num.endsWith(FAILING_SUFFIX) ? 'no_answer' : 'answered', leg, duration_s: 0 });
      }
      if (events.some((e) => e.event === 'no_answer')) {
        Object.assign(patch, { status: 'failed', ended_at: at });
        events.push({ at, event: 'failed', leg: 'system', duration_s: 0 });
      } else {
        Object.assign(patch, { status: 'connected', connected_at: at });
        events.push({ at, event: 'bridged', leg: 'both', duration_s: 0 });
      }
    }
  }

  if (patch.status === 'connected' && patch.connected_at) {
    const connected = Date.parse(patch.connected_at);
    const endAt = connected + CALL_S * 1000;
    if (expires < endAt && t >= expires) {
      Object.assign(patch, { status: 'expired', ended_at: iso(expires) });
      events.push({ at: iso(expires), event: 'expired', leg: 'both', duration_s: secs(connected, expires) });
    } else if (t >= endAt) {
      Object.assign(patch, { status: 'completed', ended_at: iso(endAt) });
      events.push({ at: iso(endAt), event: 'completed', leg: 'both', duration_s: CALL_S });
    }
  }
  return { patch, events };
}

export async function appendEvents(ctx: SandboxContext, sessionId: string, events: MaskingEvent[]): Promise<void> {
  if (events.length === 0) return;
  const last = await ctx.db
    .selectFrom('sbx_masking_events')
    .select((eb) => eb.fn.max<number>('seq').as('seq'))
    .where('session_id', '=', sessionId)
    .executeTakeFirst();
  const start = Number(last?.seq ?? 0) + 1;
  await ctx.db
    .insertInto('sbx_masking_events')
    .values(events.map((e, i) => ({ id: `${sessionId}-${start + i}`, session_id: sessionId, seq: start + i, ...e })))
    .execute();
}

/**
 * Brings a stored session up to ctx.now() and persists the change. The update is guarded
 * by the row's previous status and updated_at, so two concurrent reads record it once.
 */
export async function refreshSession(ctx: SandboxContext, s: SessionRow): Promise<SessionRow> {
  if (!isLive(s.status)) return s;
  const { patch, events } = advance(s, ctx.now());
  if (events.length === 0) return s;
  const updated_at = ctx.now().toISOString();
  const res = await ctx.db
    .updateTable('sbx_masking_sessions')
    .set({ ...patch, updated_at })
    .where('id', '=', s.id)
    .where('status', '=', s.status)
    .where('updated_at', '=', s.updated_at)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) {
    const fresh = await ctx.db.selectFrom('sbx_masking_sessions').selectAll().where('id', '=', s.id).executeTakeFirst();
    return fresh ?? s;
  }
  await appendEvents(ctx, s.id, events);
  return { ...s, ...patch, updated_at };
}

/** Advances every live session of a client (before listing or filtering by status). */
export async function refreshLiveSessions(ctx: SandboxContext, clientId: string): Promise<void> {
  const live = await ctx.db
    .selectFrom('sbx_masking_sessions')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('status', 'in', [...LIVE_STATUSES])
    .execute();
  for (const s of live) await refreshSession(ctx, s);
}

/** Extensions of the client's agents bridged into a connected session right now. */
export async function liveAgentExtensions(ctx: SandboxContext, clientId: string): Promise<Set<string>> {
  await refreshLiveSessions(ctx, clientId);
  const rows = await ctx.db
    .selectFrom('sbx_masking_sessions')
    .select('agent_ext')
    .where('client_id', '=', clientId)
    .where('status', '=', 'connected')
    .where('agent_ext', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.agent_ext as string));
}

/** "+91••••••••10": only the last two digits survive, enough to tell legs apart. */
export function maskNumber(national: string): string {
  return `+91${'•'.repeat(Math.max(0, national.length - 2))}${national.slice(-2)}`;
}

/** The session as every masking call returns it: party numbers never in clear. */
export function toSession(s: SessionRow) {
  return {
    session_id: s.id,
    did_no: s.did_no,
    party_a: maskNumber(s.party_a),
    party_b: maskNumber(s.party_b),
    agent_ext: s.agent_ext,
    status: s.status,
    ttl_minutes: s.ttl_minutes,
    created_at: s.created_at,
    connected_at: s.connected_at,
    ended_at: s.ended_at,
    expires_at: s.expires_at,
  };
}
