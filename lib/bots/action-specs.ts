import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { ActionSpec } from '@/lib/action-core';
import { getDb, nowIso } from '@/lib/db';
import { listFlowRecords, recordFlowVersion } from '@/lib/flows/registry';
import { partnerApi } from '@/lib/partner-api';
import { deleteBotSchema, saveBotSchema } from './schemas';

// clientId is required: these are clientAction specs (a client user reaches only its own).
const spec = <S extends z.ZodType, T>(s: ActionSpec<S, T> & { clientId: (i: z.output<S>) => string }) => s;
const clientPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}`;

/** Create, or edit by re-creating with the same id. The result never carries wss_header. */
export const saveBotSpec = spec({
  name: 'bots.save',
  permission: 'bots:write',
  schema: saveBotSchema,
  clientId: (i) => i.client_id,
  run: async (input) => {
    const r = await partnerApi().call('create_wss_bot', {
      client_id: input.client_id,
      id: input.id,
      bot_name: input.bot_name,
      to_be_used: input.to_be_used,
      wss_url: input.wss_url,
      api_url: input.api_url,
      wss_header: input.wss_header,
    });
    return { id: r.id, name: input.bot_name, created: !input.id };
  },
  after: (input) => revalidatePath(clientPath(input.client_id), 'layout'),
  successMessage: (d) => (d.created ? `Bot “${d.name}” created.` : `Bot “${d.name}” saved.`),
});

/**
 * Delete a bot. Upstream unlinks it from flows, which then ring their agent (the transfer
 * fallback the builder required): the registry records that as a new version of each flow.
 */
export const deleteBotSpec = spec({
  name: 'bots.delete',
  permission: 'bots:write',
  schema: deleteBotSchema,
  clientId: (i) => i.client_id,
  run: async (input, { user }) => {
    await partnerApi().call('delete_wss_bot', { client_id: input.client_id, id: input.id });
    const db = await getDb();
    const affected = (await listFlowRecords(db, input.client_id)).filter(
      (f) => f.definition.target === 'bot' && f.definition.botId === input.id,
    );
    for (const f of affected) {
      await recordFlowVersion(db, {
        clientId: input.client_id,
        flowId: f.flowId,
        definition: { ...f.definition, target: 'agent', botId: '', agentExt: f.definition.transferTo },
        userId: user.email,
        now: nowIso(),
      });
    }
    return { id: input.id, flows: affected.map((f) => f.name) };
  },
  after: (input) => revalidatePath(clientPath(input.client_id), 'layout'),
  successMessage: (d) =>
    d.flows.length
      ? `Bot deleted. ${d.flows.map((n) => `“${n}”`).join(', ')} now ring${d.flows.length === 1 ? 's' : ''} the fallback agent.`
      : 'Bot deleted.',
});
