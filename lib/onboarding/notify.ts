import 'server-only';
import { getBrand } from '@/lib/brand/queries';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { deliverToSandboxInbox } from '@/lib/sandbox/inbox-deliver';

export type ResumeChannel = 'email' | 'mobile' | 'both';

/**
 * Sends a resume link to the registration's email and/or mobile. In sandbox mode it lands
 * in the sandbox inbox (purpose "resume"). The portal has no email or SMS provider for live
 * mode, so there it delivers nothing and returns false: staff share the link themselves.
 */
export async function deliverResumeLink(
  to: { email: string | null; mobile: string | null },
  link: { url: string; expiresAt: string },
  channel: ResumeChannel,
): Promise<boolean> {
  if (env().mode !== 'sandbox') return false;
  const brand = await getBrand();
  const db = await getDb();
  const until = new Date(link.expiresAt).toUTCString();
  const body = `${brand.name}: continue your registration at ${link.url} (valid until ${until}).`;
  let delivered = false;
  if ((channel === 'email' || channel === 'both') && to.email) {
    await deliverToSandboxInbox(db, { to: to.email, channel: 'email', purpose: 'resume', body });
    delivered = true;
  }
  if ((channel === 'mobile' || channel === 'both') && to.mobile) {
    await deliverToSandboxInbox(db, { to: to.mobile, channel: 'mobile', purpose: 'resume', body });
    delivered = true;
  }
  return delivered;
}
