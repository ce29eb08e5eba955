import 'server-only';
import type { z } from 'zod';
import type { ClientActionSpec } from '@/lib/action-core';
import { partnerApi } from '@/lib/partner-api';
import { sessionRefSchema, startSessionSchema, updateSessionSchema } from './schemas';

/**
 * Click-Connect actions as specs (kept apart from the 'use server' module so authorization is
 * unit-testable). Party numbers are audited masked (lib/audit/redact.ts knows party_a/party_b).
 */
const spec = <S extends z.ZodType, T>(s: ClientActionSpec<S, T>) => s;

export const startSessionSpec = spec({
  name: 'masking.start',
  permission: 'masking:write',
  schema: startSessionSchema,
  clientId: (i) => i.client_id,
  run: async (i) => {
    const r = await partnerApi().call('click_connect', {
      client_id: i.client_id,
      did_no: i.did_no,
      party_a: i.party_a,
      party_b: i.party_b,
      ttl_minutes: String(i.ttl_minutes),
      agent_ext: i.agent_ext,
    });
    return { sessionId: String(r.session_id), status: r.status };
  },
  successMessage: (d) => `Session ${d.sessionId} started: ringing both parties.`,
});

export const updateSessionSpec = spec({
  name: 'masking.update',
  permission: 'masking:write',
  schema: updateSessionSchema,
  clientId: (i) => i.client_id,
  run: async (i) => {
    const r = await partnerApi().call('click_connect_update', {
      client_id: i.client_id,
      session_id: i.session_id,
      ttl_minutes: i.ttl_minutes === undefined ? undefined : String(i.ttl_minutes),
      party_a: i.party_a,
      party_b: i.party_b,
    });
    return { sessionId: String(r.session_id), expiresAt: r.expires_at ?? null };
  },
  successMessage: (d) => `Session ${d.sessionId} updated.`,
});

export const cancelSessionSpec = spec({
  name: 'masking.cancel',
  permission: 'masking:write',
  schema: sessionRefSchema,
  clientId: (i) => i.client_id,
  run: async (i) => {
    const r = await partnerApi().call('click_connect_cancel', { client_id: i.client_id, session_id: i.session_id });
    return { sessionId: String(r.session_id), status: r.status };
  },
  successMessage: (d) => `Session ${d.sessionId} cancelled.`,
});
