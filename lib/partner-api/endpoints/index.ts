import type { z } from 'zod';
import { agentsEndpoints } from './agents';
import { clientsEndpoints } from './clients';
import { didsEndpoints } from './dids';
import { flowsBotsEndpoints } from './flows-bots';
import { maskingEndpoints } from './masking';
import { registrationEndpoints } from './registration';
import { walletEndpoints } from './wallet';
import { whatsappEndpoints } from './whatsapp';

export type { EndpointDef, Method } from './common';
export { SESSION_STATUSES } from './masking';

/** The 48 documented partner endpoints plus the 5 assumed number-masking calls. */
export const ENDPOINTS = {
  ...registrationEndpoints,
  ...clientsEndpoints,
  ...didsEndpoints,
  ...agentsEndpoints,
  ...flowsBotsEndpoints,
  ...whatsappEndpoints,
  ...walletEndpoints,
  ...maskingEndpoints,
};

export type Endpoints = typeof ENDPOINTS;
export type EndpointName = keyof Endpoints;
/** What callers pass (before parsing: numbers, booleans and loose spellings allowed). */
export type RequestOf<N extends EndpointName> = z.input<Endpoints[N]['request']>;
/** What is sent upstream after parsing. */
export type ParsedRequestOf<N extends EndpointName> = z.output<Endpoints[N]['request']>;
/** The envelope's `data` as the app sees it. */
export type ResponseOf<N extends EndpointName> = z.output<Endpoints[N]['response']>;

export const ENDPOINT_NAMES = Object.keys(ENDPOINTS) as EndpointName[];

export function isEndpointName(name: string): name is EndpointName {
  return Object.hasOwn(ENDPOINTS, name);
}
