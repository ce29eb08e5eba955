import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';

const g = globalThis as unknown as { __mailTransports?: Map<string, Transporter> };

// One transport per SMTP URL (its options parsed once), kept across dev reloads.
function transport(smtpUrl: string): Transporter {
  g.__mailTransports ??= new Map();
  let t = g.__mailTransports.get(smtpUrl);
  if (!t) {
    t = nodemailer.createTransport(smtpUrl, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    g.__mailTransports.set(smtpUrl, t);
  }
  return t;
}

/** Sends one message; `from`'s display name is the brand's unless MAIL_FROM names one. */
export async function smtpSend(
  config: { smtpUrl: string; from: string },
  msg: { to: string; fromName: string; subject: string; text: string; html: string },
): Promise<void> {
  const from = config.from.includes('<') ? config.from : { name: msg.fromName, address: config.from };
  await transport(config.smtpUrl).sendMail({
    from,
    to: msg.to,
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
  });
}
