import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { isStaff } from './permissions';
import { getSessionUser } from './session';

/** True when the request carries the sandbox's partner key as a bearer token (as /_faults wants). */
export function hasSandboxKey(req: Request): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(req.headers.get('authorization') ?? '');
  if (!m) return false;
  const given = Buffer.from(m[1].trim());
  const key = Buffer.from(env().partnerApiKey);
  return given.length === key.length && timingSafeEqual(given, key);
}

/**
 * Who may read the sandbox inbox (OTPs and resume links of every registration): a signed-in
 * staff member, or a test/script holding the sandbox key. Not the public: codes and links
 * in it open other people's registrations.
 */
export async function mayReadSandboxInbox(req: Request): Promise<boolean> {
  if (hasSandboxKey(req)) return true;
  const user = await getSessionUser();
  return !!user && isStaff(user.role);
}
