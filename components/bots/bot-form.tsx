'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionResult } from '@/lib/action-core';

type SaveAction = (prev: ActionResult<unknown> | null, fd: FormData) => Promise<ActionResult<unknown>>;
export type BotFormValue = {
  id: string;
  name: string;
  wssUrl: string | null;
  apiUrl: string | null;
  headerSet: boolean;
};

/**
 * Create a voice bot, or edit one (create_wss_bot again with the same id). The header secret
 * is write-only: the form never holds the saved value, only whether one is set.
 */
export function BotForm({ clientId, bot, action }: { clientId: string; bot?: BotFormValue; action: SaveAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const v = failed?.values ?? {};
  const fe = (k: string) => failed?.fieldErrors?.[k as keyof typeof failed.fieldErrors] as string[] | undefined;
  return (
    <form
      action={formAction}
      aria-label={bot ? `Edit bot ${bot.name}` : 'Create a voice bot'}
      className="max-w-xl space-y-4"
      key={!bot && state?.ok ? `ok-${state.message}` : 'bot'}
      noValidate
    >
      <input type="hidden" name="client_id" value={clientId} />
      {bot ? <input type="hidden" name="id" value={bot.id} /> : null}
      <TextField
        name="bot_name"
        label="Bot name"
        defaultValue={v.bot_name ?? bot?.name}
        errors={fe('bot_name')}
        maxLength={100}
        required
      />
      <SelectField name="to_be_used" label="Used for" defaultValue="voice" errors={fe('to_be_used')}>
        <option value="voice">Voice calls</option>
      </SelectField>
      <TextField
        name="wss_url"
        label="WebSocket address"
        defaultValue={v.wss_url ?? bot?.wssUrl ?? ''}
        errors={fe('wss_url')}
        placeholder="wss://bot.example.com/stream"
        hint="Calls are streamed here; it must start with wss://."
        inputMode="url"
        required
      />
      <TextField
        name="api_url"
        label="API address (optional)"
        defaultValue={v.api_url ?? bot?.apiUrl ?? ''}
        errors={fe('api_url')}
        placeholder="https://bot.example.com/api"
        inputMode="url"
      />
      <TextField
        name="wss_header"
        id="f-wss_header"
        label="Connection header secret (optional)"
        type="password"
        autoComplete="off"
        errors={fe('wss_header')}
        hint={
          bot?.headerSet
            ? 'Currently set (••••). Leave empty to keep it; type a new value to replace it.'
            : 'Sent to the bot when a call connects. It is never shown again after saving.'
        }
      />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : bot ? 'Save bot' : 'Create bot'}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
