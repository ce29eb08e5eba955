import 'server-only';
import { partnerApi } from '@/lib/partner-api';
import { clientDids } from '@/lib/partner-api/reads';
import { maskParty } from './mask';
import type { MaskingRecord, MaskingSession } from './types';

export type { MaskingRecord, MaskingSession } from './types';

/**
 * Click-Connect sessions and records as the browser may see them: party numbers masked
 * here, whatever upstream sends (the contract says records arrive masked; sessions may not).
 */
export const LIVE = ['ringing', 'connected'] as const;

const str = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));

export async function listSessions(clientId: string, opts: { status?: string; page?: number; limit?: number } = {}) {
  const r = await partnerApi().call('click_connect_sessions', {
    client_id: clientId,
    status: opts.status as never,
    page: String(opts.page ?? 1),
    limit: String(opts.limit ?? 20),
  });
  const items: MaskingSession[] = r.items.map((s) => {
    const raw = s as Record<string, unknown>;
    return {
      id: String(s.session_id),
      did: s.did_no ?? null,
      partyA: maskParty(str(raw.party_a)),
      partyB: maskParty(str(raw.party_b)),
      agentExt: str(raw.agent_ext),
      status: s.status,
      ttlMinutes: raw.ttl_minutes == null ? null : Number(raw.ttl_minutes),
      createdAt: str(raw.created_at),
      expiresAt: s.expires_at ?? null,
      live: (LIVE as readonly string[]).includes(s.status),
    };
  });
  return { items, page: r.page, limit: r.limit, total: r.total };
}

export async function getRecords(clientId: string, sessionId: string): Promise<MaskingRecord[]> {
  const rows = await partnerApi().call('click_connect_records', { client_id: clientId, session_id: sessionId });
  return rows.map((r) => ({
    at: r.at,
    // Upstream should send no numbers here; any digits run of 6+ is masked in case it does.
    event: r.event.replace(/\+?\d[\d\s-]{5,}\d/g, (m) => maskParty(m)),
    leg: r.leg ?? null,
    durationS: r.duration_s ?? null,
  }));
}

/** The client's numbers a session can be bridged over. */
export async function getMaskingDids(clientId: string): Promise<string[]> {
  const dids = await clientDids(clientId);
  return dids.map((d) => String(d.number));
}
