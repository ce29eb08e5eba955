import { decode } from 'next-auth/jwt';

/** What the portal needs from the session token: user id, session id, session version. */
export type TokenClaims = { userId: string; sid: string; sv: number };

/** Auth.js's session cookie: `__Secure-` on HTTPS; split into `.0`, `.1`… when it is long. */
export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

/** The session cookie's value and name (its salt), joining chunks the way Auth.js writes them. */
export function sessionCookie(get: (name: string) => string | undefined): { name: string; value: string } | null {
  for (const name of SESSION_COOKIES) {
    const whole = get(name);
    if (whole) return { name, value: whole };
    const parts: string[] = [];
    for (let i = 0; ; i++) {
      const part = get(`${name}.${i}`);
      if (!part) break;
      parts.push(part);
    }
    if (parts.length) return { name, value: parts.join('') };
  }
  return null;
}

const MAX_CACHED = 5_000;
const decoded = new Map<string, { claims: TokenClaims; expMs: number }>();

/**
 * The claims of a session token, or null when it does not decrypt, has expired or lacks them.
 *
 * Why not next-auth's `auth()`: it runs the whole Auth.js session endpoint per call (an internal
 * Request, the callbacks, and a re-encrypted token whose Set-Cookie it then throws away), which
 * was most of a server action's cost besides its upstream call. Decrypting the same token again
 * gives the same claims, so each distinct token is decrypted once per process (until it expires).
 * Only the decoding is cached: the user row, the session version and the session's revocation
 * are still read from the database on every request (lib/auth/session.ts).
 */
export async function readSessionClaims(
  cookie: { name: string; value: string },
  secret: string,
  nowMs = Date.now(),
): Promise<TokenClaims | null> {
  const key = `${cookie.name}\n${cookie.value}`;
  const hit = decoded.get(key);
  if (hit) {
    if (hit.expMs > nowMs) return hit.claims;
    decoded.delete(key);
    return null;
  }
  let payload: { sub?: unknown; sid?: unknown; sv?: unknown; exp?: unknown } | null;
  try {
    payload = await decode({ token: cookie.value, secret, salt: cookie.name });
  } catch {
    return null;
  }
  const sub = payload?.sub;
  const sid = payload?.sid;
  const sv = payload?.sv;
  const exp = typeof payload?.exp === 'number' ? payload.exp * 1000 : 0;
  if (typeof sub !== 'string' || !sub || typeof sid !== 'string' || typeof sv !== 'number' || exp <= nowMs) return null;
  const claims = { userId: sub, sid, sv };
  if (decoded.size >= MAX_CACHED) decoded.delete(decoded.keys().next().value as string);
  decoded.set(key, { claims, expMs: exp });
  return claims;
}
