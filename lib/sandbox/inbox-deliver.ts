import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { nextId } from './ids';

/**
 * Puts a message in the sandbox inbox, the stand-in for SMS and email. For messages the
 * portal itself sends in sandbox mode (resume links, invites, password resets; lib/mail); OTPs are delivered by otp-store.
 */
export async function deliverToSandboxInbox(
  db: DB,
  msg: {
    to: string;
    channel: 'email' | 'mobile';
    purpose: 'resume' | 'invite' | 'password-reset';
    body: string;
    now?: Date;
  },
): Promise<void> {
  await db
    .insertInto('sbx_inbox')
    .values({
      id: await nextId({ db }, 'inbox'),
      recipient: msg.to,
      channel: msg.channel,
      purpose: msg.purpose,
      // No code: the message carries a link.
      code: '',
      body: msg.body,
      sent_at: (msg.now ?? new Date()).toISOString(),
    })
    .execute();
}
