import 'server-only';
import { getBrand } from '@/lib/brand/queries';
import { env } from '@/lib/env';
import { sendMail } from '@/lib/mail';
import { deliverToSandbox } from '@/lib/mail/sandbox-inbox';

export type ResumeChannel = 'email' | 'mobile' | 'both';

/**
 * Sends a resume link to the registration's email and/or mobile. Email goes through lib/mail
 * (the sandbox inbox in sandbox mode, SMTP in live mode). The portal has no SMS provider: in
 * sandbox mode the mobile copy lands in the inbox, in live mode it is not sent. Returns whether
 * anything was delivered, so staff know whether to share the link themselves.
 */
export async function deliverResumeLink(
  to: { email: string | null; mobile: string | null },
  link: { url: string; expiresAt: string },
  channel: ResumeChannel,
): Promise<boolean> {
  const brand = await getBrand();
  const until = new Date(link.expiresAt).toUTCString();
  let delivered = false;
  if ((channel === 'email' || channel === 'both') && to.email) {
    await sendMail({
      to: to.email,
      purpose: 'resume',
      content: {
        subject: `Continue your registration with ${brand.name}`,
        intro: [`You started registering with ${brand.name}. Pick up where you left off:`],
        link: { url: link.url, label: 'Continue registration' },
        outro: [`This link works until ${until}. If you did not start a registration, ignore this message.`],
      },
    });
    delivered = true;
  }
  if ((channel === 'mobile' || channel === 'both') && to.mobile && env().mode === 'sandbox') {
    const body = `${brand.name}: continue your registration at ${link.url} (valid until ${until}).`;
    await deliverToSandbox({
      to: to.mobile,
      channel: 'mobile',
      purpose: 'resume',
      body,
    });
    delivered = true;
  }
  return delivered;
}
