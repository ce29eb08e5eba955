/**
 * Next.js (16) gives proxy.ts, server actions and route handlers the request headers but not
 * the socket; it only copies the socket address into X-Forwarded-For when the client did not
 * send one, so that header cannot tell the two apart. This hook runs at the Node HTTP layer,
 * before Next sees the request, and writes the TCP peer's address into an internal header,
 * replacing whatever a client put there. lib/request-meta.ts reads it. Installed once from
 * instrumentation.ts (Node runtime only).
 */
export const PEER_ADDRESS_HEADER = 'x-portal-peer-address';

type RequestLike = { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } };

export function stampPeerAddress(req: RequestLike): void {
  req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? '';
}

export async function installPeerAddressHook(): Promise<void> {
  const http = await import('node:http');
  const proto = http.Server.prototype as unknown as { emit: (event: string, ...args: unknown[]) => boolean };
  const g = globalThis as { __portalPeerHook?: boolean };
  if (g.__portalPeerHook) return;
  g.__portalPeerHook = true;
  const original = proto.emit;
  proto.emit = function emit(this: unknown, event: string, ...args: unknown[]) {
    if (event === 'request' && args[0]) stampPeerAddress(args[0] as RequestLike);
    return original.call(this, event, ...args);
  };
}
