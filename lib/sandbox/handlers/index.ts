import type { Handler } from '@/lib/sandbox/core';
import { handlers as agentSchedules } from './agent-schedules';
import { handlers as agents } from './agents';
import { handlers as bots } from './bots';
import { handlers as clients } from './clients';
import { handlers as didSchedules } from './did-schedules';
import { handlers as dids } from './dids';
import { handlers as flows } from './flows';
import { handlers as kyc } from './kyc';
import { handlers as masking } from './masking';
import { handlers as registration } from './registration';
import { handlers as wallet } from './wallet';
import { handlers as whatsapp } from './whatsapp';

/**
 * Every endpoint's handler by name: the last path segment for /partnerclients/*, and
 * click_connect / click_connect_<op> for /api/click_connect[/<op>].
 */
export const handlers: Record<string, Handler> = {
  ...registration,
  ...kyc,
  ...clients,
  ...dids,
  ...didSchedules,
  ...wallet,
  ...agents,
  ...agentSchedules,
  ...flows,
  ...bots,
  ...whatsapp,
  ...masking,
};
