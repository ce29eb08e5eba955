import 'server-only';
import { getBrand } from '@/lib/brand/queries';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { type MailContent, renderMail } from './render';
import { deliverToSandbox } from './sandbox-inbox';
import { smtpSend } from './smtp';

export type { MailContent } from './render';

/** What a message is for; the sandbox inbox shows it, tests filter on it. */
export type MailPurpose = 'resume' | 'invite' | 'password-reset';

export type MailConfig = { mode: 'sandbox' } | { mode: 'live'; smtpUrl: string; from: string };

/**
 * The portal's one way to send email: resume links, invites and password resets.
 * Sandbox mode puts the plain-text version in the sandbox inbox; live mode sends over SMTP
 * (SMTP_URL, MAIL_FROM, required at start in live mode by lib/env.ts). The message is rendered
 * under the reseller's current brand with a plain-text alternative.
 */
export async function sendMail(
  msg: { to: string; purpose: MailPurpose; content: MailContent },
  config: MailConfig = mailConfigFromEnv(),
): Promise<void> {
  const brand = await getBrand();
  const rendered = renderMail(brand, msg.content);
  if (config.mode === 'sandbox') {
    // Sandbox mode: the sandbox's inbox is the mail catcher.
    await deliverToSandbox({
      to: msg.to,
      channel: 'email',
      purpose: msg.purpose,
      body: `${rendered.subject}\n\n${rendered.text}`,
    });
    return;
  }
  await smtpSend(config, { to: msg.to, fromName: brand.name, ...rendered });
  // The link is a credential: log who and why, never the body.
  log.info({ event: 'mail_sent', purpose: msg.purpose }, 'mail sent');
}

export function mailConfigFromEnv(): MailConfig {
  const e = env();
  if (e.mode === 'sandbox') return { mode: 'sandbox' };
  // env() refuses live mode without these; this is only reached with them set.
  if (!e.mail) throw new Error('Live mode needs SMTP_URL and MAIL_FROM');
  return { mode: 'live', smtpUrl: e.mail.smtpUrl, from: e.mail.from };
}
