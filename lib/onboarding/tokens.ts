import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Resume tokens: 32 random bytes in the link; only the sha256 is stored. */
export function newResumeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashResumeToken(token) };
}

export function hashResumeToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export const RESUME_TTL_MS = 72 * 60 * 60 * 1000;

/**
 * The self-signup cookie: `<draftId>.<hmac>`. The HMAC (keyed with the auth secret) means a
 * browser can only hold a draft it was given by this server, never one it guessed.
 */
export function signDraftCookie(draftId: string, secret: string): string {
  return `${draftId}.${mac(draftId, secret)}`;
}

export function readDraftCookie(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return null;
  const id = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(mac(id, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

function mac(id: string, secret: string): string {
  return createHmac('sha256', secret).update(`onboarding-draft:${id}`).digest('base64url');
}
