import { z } from 'zod';
import { requireClient } from '@/lib/sandbox/clients-store';
import { type Handler, type SandboxContext, SandboxError } from '@/lib/sandbox/core';
import { nextId } from '@/lib/sandbox/ids';
import { clientIdField, idField, optionalText, parseBody, requiredText } from './ops-common';

/**
 * Voice (WebSocket) bots. `id` on create_wss_bot is documented "for update": an id the
 * client owns is updated in place; an unknown id is a 404 rather than a create, because ids
 * are assigned by the API (a caller-chosen id could collide with another client's bot).
 */

const urlWithScheme = (label: string, scheme: 'https:' | 'wss:') =>
  optionalText(label, 2048).refine(
    (v) => {
      if (v === undefined) return true;
      try {
        const u = new URL(v);
        return u.protocol === scheme && u.hostname !== '';
      } catch {
        return false;
      }
    },
    { error: `${label} must be a ${scheme.replace(':', '')}:// URL` },
  );

const createSchema = z.object({
  client_id: clientIdField,
  bot_name: requiredText('Bot name', 100),
  to_be_used: requiredText('to_be_used', 32),
  id: optionalText('id', 64),
  api_url: urlWithScheme('api_url', 'https:'),
  wss_url: urlWithScheme('wss_url', 'wss:'),
  wss_header: optionalText('wss_header', 4096),
});

const botRef = z.object({ client_id: clientIdField, id: idField('id') });

type BotRow = {
  id: string;
  bot_name: string;
  to_be_used: string;
  api_url: string | null;
  wss_url: string | null;
  wss_header: string | null;
};

/** As upstream returns it, wss_header included: the portal masks it, the API does not. */
const toBot = (b: BotRow) => ({
  id: b.id,
  bot_name: b.bot_name,
  to_be_used: b.to_be_used,
  api_url: b.api_url,
  wss_url: b.wss_url,
  wss_header: b.wss_header,
});

const BOT_COLUMNS = ['id', 'bot_name', 'to_be_used', 'api_url', 'wss_url', 'wss_header'] as const;

async function requireBot(ctx: SandboxContext, clientId: string, id: string): Promise<BotRow> {
  const row = await ctx.db
    .selectFrom('sbx_bots')
    .select(BOT_COLUMNS)
    .where('client_id', '=', clientId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new SandboxError(404, `Bot ${id} not found for client ${clientId}`);
  return row;
}

const createWssBot: Handler = async (ctx, body) => {
  const input = parseBody(createSchema, body);
  await requireClient(ctx, input.client_id);
  const now = ctx.now().toISOString();
  if (input.id) {
    const bot = await requireBot(ctx, input.client_id, input.id);
    await ctx.db
      .updateTable('sbx_bots')
      .set({
        bot_name: input.bot_name,
        to_be_used: input.to_be_used,
        // Omitted optional fields keep their values, so an update need not resend the header.
        api_url: input.api_url ?? bot.api_url,
        wss_url: input.wss_url ?? bot.wss_url,
        wss_header: input.wss_header ?? bot.wss_header,
        updated_at: now,
      })
      .where('id', '=', bot.id)
      .execute();
    return { message: 'Bot updated', data: { id: bot.id } };
  }
  const id = await nextId(ctx, 'bot');
  await ctx.db
    .insertInto('sbx_bots')
    .values({
      id,
      client_id: input.client_id,
      bot_name: input.bot_name,
      to_be_used: input.to_be_used,
      api_url: input.api_url ?? null,
      wss_url: input.wss_url ?? null,
      wss_header: input.wss_header ?? null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { message: 'Bot created', data: { id } };
};

const getWssBots: Handler = async (ctx, _body, params) => {
  const client = await requireClient(ctx, params.client_id);
  const rows = await ctx.db
    .selectFrom('sbx_bots')
    .select(BOT_COLUMNS)
    .where('client_id', '=', client.client_id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return { message: 'Bots', data: rows.map(toBot) };
};

const getWssBot: Handler = async (ctx, body) => {
  const input = parseBody(botRef, body);
  await requireClient(ctx, input.client_id);
  return { message: 'Bot', data: toBot(await requireBot(ctx, input.client_id, input.id)) };
};

const deleteWssBot: Handler = async (ctx, body) => {
  const input = parseBody(botRef, body);
  await requireClient(ctx, input.client_id);
  const bot = await requireBot(ctx, input.client_id, input.id);
  await ctx.db.deleteFrom('sbx_bots').where('id', '=', bot.id).execute();
  // A flow handing calls to a deleted bot would drop them: unlink it instead.
  await ctx.db
    .updateTable('sbx_flows')
    .set({ wss_bot_id: null, updated_at: ctx.now().toISOString() })
    .where('client_id', '=', input.client_id)
    .where('wss_bot_id', '=', bot.id)
    .execute();
  return { message: 'Bot deleted', data: { id: bot.id } };
};

export const handlers: Record<string, Handler> = {
  create_wss_bot: createWssBot,
  get_wss_bots: getWssBots,
  get_wss_bot: getWssBot,
  delete_wss_bot: deleteWssBot,
};
