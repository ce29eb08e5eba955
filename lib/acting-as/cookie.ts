import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The act-as cookie carries only an acting-session id with an HMAC under the auth secret, so
 * it cannot be forged or pointed at another session; the database row is the truth (who,
 * which client, why, until when, ended or not).
 */
export const ACTING_COOKIE = 'portal-acting';

const mac = (id: string, secret: string) => createHmac('sha256', secret).update(`acting:${id}`).digest('base64url');

export function signActing(id: string, secret: string): string {
  return `${id}.${mac(id, secret)}`;
}

export function verifyActing(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return null;
  const id = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const want = Buffer.from(mac(id, secret));
  return given.length === want.length && timingSafeEqual(given, want) ? id : null;
}
