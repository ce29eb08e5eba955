import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { PEER_ADDRESS_HEADER } from '@/lib/peer-address';

/**
 * The ONE answer to "which address is this request from?", used by every rate limit, the
 * session registry and the audit trail.
 *
 * - TRUSTED_PROXY_HOPS=0 (default): the TCP peer's address. Next does not expose the socket to
 *   actions or route handlers, so lib/peer-address.ts stamps it on every incoming request
 *   at the Node HTTP layer (overwriting any value a client sent). X-Forwarded-For is ignored:
 *   anyone can write it.
 * - N > 0: the N-th address from the right of X-Forwarded-For, i.e. the one the outermost of
 *   the N proxies you run saw. Entries further left were written by the client and are never
 *   trusted. A request that carries fewer entries did not come through the proxies: peer address.
 */
export function clientAddressFrom(h: Headers, hops = env().trustedProxyHops): string | null {
  const peer = normalize(h.get(PEER_ADDRESS_HEADER));
  if (hops <= 0) return peer;
  const chain = (h.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return chain.length >= hops ? normalize(chain[chain.length - hops]) : peer;
}

/** `::ffff:1.2.3.4` (IPv4 over a dual-stack socket) is 1.2.3.4; anything odd becomes null. */
function normalize(raw: string | null | undefined): string | null {
  const v = raw?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return v && /^[0-9a-f:.]{2,45}$/i.test(v) ? v.toLowerCase() : null;
}

/** Request id (set by proxy.ts) and client address for logs, limits and the audit trail. */
export async function requestMeta(): Promise<{ requestId: string; ip: string | null; userAgent: string | null }> {
  const h = await headers();
  const requestId = h.get('x-request-id') ?? crypto.randomUUID();
  return { requestId, ip: clientAddressFrom(h), userAgent: h.get('user-agent') };
}
