import 'server-only';
import { env } from '@/lib/env';

export type SandboxMessage = {
  to: string;
  channel: 'email' | 'mobile';
  purpose: 'resume' | 'invite' | 'password-reset';
  body: string;
};

/**
 * Sandbox mode's mailbox and phone: the message goes to the sandbox's inbox over HTTP, with the
 * partner key, like every other call the portal makes to the sandbox (which stays a
 * self-contained emulator the portal never reaches into).
 */
export async function deliverToSandbox(msg: SandboxMessage): Promise<void> {
  const e = env();
  const res = await fetch(`${e.partnerApiBaseUrl}/_inbox`, {
    method: 'POST',
    headers: { authorization: `Bearer ${e.partnerApiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(msg),
    signal: AbortSignal.timeout(e.partnerApiTimeoutMs),
  });
  if (!res.ok) throw new Error(`The sandbox inbox refused the message (HTTP ${res.status})`);
}
