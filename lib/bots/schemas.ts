import 'server-only';
import { z } from 'zod';
import { idSchema } from '@/lib/partner-api/endpoints/common';

const url = (scheme: 'wss' | 'https', message: string) =>
  z
    .string()
    .trim()
    .max(2048, { error: 'Use at most 2048 characters' })
    .refine(
      (v) => {
        try {
          const u = new URL(v);
          return u.protocol === `${scheme}:` && u.hostname !== '';
        } catch {
          return false;
        }
      },
      { error: message },
    );

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const saveBotSchema = z.object({
  client_id: idSchema,
  // Present when editing: create_wss_bot with the same id updates that bot.
  id: z.preprocess(emptyToUndefined, idSchema.optional()),
  bot_name: z.string({ error: 'Name the bot' }).trim().min(1, { error: 'Name the bot' }).max(100, {
    error: 'Use at most 100 characters',
  }),
  to_be_used: z.enum(['voice'], { error: 'Choose what the bot is used for' }),
  wss_url: url('wss', 'Enter a WebSocket address starting with wss://, e.g. wss://bot.example.com/stream'),
  api_url: z.preprocess(
    emptyToUndefined,
    url('https', 'Enter a web address starting with https://, e.g. https://bot.example.com/api').optional(),
  ),
  // Write-only secret. Empty on edit keeps the saved one (upstream keeps omitted fields).
  wss_header: z.preprocess(emptyToUndefined, z.string().max(4000, { error: 'Use at most 4000 characters' }).optional()),
});

export const deleteBotSchema = z.object({ client_id: idSchema, id: idSchema });
