/**
 * What the HTTP layer needs to know about each endpoint beyond its handler: the method
 * (endpoints.json), whether it takes the client_id in the path, and whether it changes
 * state (an inactive client gets 403 on those).
 */
export const GET_ENDPOINTS = new Set(['clients', 'client', 'pending', 'did_regions', 'client_dids', 'get_wss_bots']);

/** GET endpoints whose last path segment is the client_id. */
export const PATH_PARAM_ENDPOINTS = new Set(['client', 'client_dids', 'get_wss_bots']);

/** POSTs that only read: allowed for inactive clients. */
export const READ_ONLY_POSTS = new Set([
  'search_dids',
  'get_did_schedule',
  'get_agent_schedule',
  'get_agents_availability',
  'get_wss_bot',
  'get_whatsapp_dids',
  'get_whatsapp_schedule',
  'wallet_transactions',
  'wallet_balance',
  'preview_kyc',
  'click_connect_sessions',
  'click_connect_records',
]);

/**
 * Calls not addressed to an existing client (registration/KYC act on a pending one) or that
 * must work on an inactive one (update_status reactivates it).
 */
export const NO_CLIENT_GUARD = new Set([
  'register',
  'verify_otp',
  'resend_otp',
  'verify_pan',
  'aadhar_otp',
  'aadhar_verify',
  'verify_gst',
  'skip_gst',
  'preview_kyc',
  'accept_kyc',
  'update_status',
]);

export const MASKING_OPS = new Set(['update', 'cancel', 'sessions', 'records']);

export type Route =
  | { kind: 'endpoint'; name: string; params: Record<string, string> }
  | { kind: 'faults' }
  | { kind: 'expire-otps' }
  | { kind: 'inbox' }
  | { kind: 'deliver' }
  | { kind: 'none' };

/** Maps a URL path to a route; the sandbox is mounted at any prefix ending in /sandbox. */
export function resolveRoute(pathname: string): Route {
  const at = pathname.indexOf('/sandbox/');
  if (at < 0) return { kind: 'none' };
  const segs = pathname
    .slice(at + '/sandbox/'.length)
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  if (segs.length === 1 && segs[0] === '_faults') return { kind: 'faults' };
  if (segs.length === 2 && segs[0] === '_otps' && segs[1] === 'expire') return { kind: 'expire-otps' };
  if (segs.length === 1 && segs[0] === 'inbox.json') return { kind: 'inbox' };
  if (segs.length === 1 && segs[0] === '_inbox') return { kind: 'deliver' };
  if (segs[0] === 'partnerclients' && segs.length >= 2 && segs.length <= 3) {
    const name = segs[1];
    if (PATH_PARAM_ENDPOINTS.has(name)) {
      return segs.length === 3 ? { kind: 'endpoint', name, params: { client_id: segs[2] } } : { kind: 'none' };
    }
    return segs.length === 2 ? { kind: 'endpoint', name, params: {} } : { kind: 'none' };
  }
  if (segs[0] === 'api' && segs[1] === 'click_connect') {
    if (segs.length === 2) return { kind: 'endpoint', name: 'click_connect', params: {} };
    if (segs.length === 3 && MASKING_OPS.has(segs[2]))
      return { kind: 'endpoint', name: `click_connect_${segs[2]}`, params: {} };
  }
  return { kind: 'none' };
}

export function methodOf(name: string): 'GET' | 'POST' {
  return GET_ENDPOINTS.has(name) ? 'GET' : 'POST';
}

export function isStateChanging(name: string): boolean {
  return methodOf(name) === 'POST' && !READ_ONLY_POSTS.has(name);
}
