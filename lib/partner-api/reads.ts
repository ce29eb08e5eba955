import 'server-only';
import { cache } from 'react';
import { partnerApi } from './index';

/**
 * Upstream reads that several areas' queries share, deduplicated per request (React `cache`):
 * a page that shows a client's agents and the flows that ring them reads `client_dids` once,
 * a client's wallet page (client header + wallet) reads `wallet_balance` once, not once per area
 * (`npm run bench` counts upstream calls per page view). Callers keep their own mapping and error
 * handling on the shared promise. Outside a render (actions, route handlers, polls) React's
 * `cache` does not memoize, so those always read fresh.
 */
/** A client's profile: the client pages' header and details, the end-client's account page and banner. */
export const clientProfile = cache((clientId: string) => partnerApi().call('client', { client_id: clientId }));

export const clientDids = cache((clientId: string) => partnerApi().call('client_dids', { client_id: clientId }));

/** The only upstream listing of a client's agents: the agents list, the numbers list and the flow builder share it. */
export const agentsAvailability = cache((clientId: string) =>
  partnerApi().call('get_agents_availability', { client_id: clientId }),
);

export const walletBalance = cache((clientId: string) => partnerApi().call('wallet_balance', { client_id: clientId }));
