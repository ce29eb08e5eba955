import 'server-only';
import { cache } from 'react';
import { isPartnerApiError, partnerApi } from '@/lib/partner-api';

/**
 * A voice bot as pages see it. The upstream answer carries `wss_header` (a secret); only
 * whether one is set leaves this module, so no page or RSC payload can hold the value.
 */
export type Bot = {
  id: string;
  name: string;
  toBeUsed: string;
  apiUrl: string | null;
  wssUrl: string | null;
  headerSet: boolean;
};

export const getBots = cache(async (clientId: string): Promise<Bot[]> => {
  const rows = await partnerApi()
    .call('get_wss_bots', { client_id: clientId })
    .catch((e: unknown) => {
      if (isPartnerApiError(e) && e.status === 404) return [];
      throw e;
    });
  return rows.map((b) => ({
    id: b.id,
    name: b.bot_name,
    toBeUsed: b.to_be_used ?? '',
    apiUrl: b.api_url ?? null,
    wssUrl: b.wss_url ?? null,
    headerSet: !!b.wss_header,
  }));
});

export const getBot = cache(async (clientId: string, botId: string): Promise<Bot | null> => {
  const bots = await getBots(clientId);
  return bots.find((b) => b.id === botId) ?? null;
});
