import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Live-mode mail end to end: the portal configured as in production (PARTNER_API_MODE=live,
 * SMTP_URL, MAIL_FROM) sends an invite and a resume link to a local SMTP server, and the link
 * in each message opens what it should. The partner API is never called by these paths.
 */
type Received = { from: string; to: string[]; raw: string };
const inbox: Received[] = [];
const dir = mkdtempSync(path.join(tmpdir(), 'mail-it-'));
let server: SMTPServer;

// Quoted-printable soft breaks and escapes, as nodemailer writes long lines.
const decodeQp = (s: string) =>
  s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

function textPart(raw: string): string {
  const m = /Content-Type: text\/plain[\s\S]*?\r?\n\r?\n([\s\S]*?)\r?\n--/.exec(raw);
  return decodeQp(m?.[1] ?? '');
}

async function waitFor(to: string): Promise<Received> {
  for (let i = 0; i < 100; i++) {
    const hit = inbox.find((m) => m.to.includes(to));
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail for ${to}`);
}

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  Object.assign(process.env, {
    PARTNER_API_MODE: 'live',
    PARTNER_API_BASE_URL: 'https://partner.example.test',
    PARTNER_API_KEY: 'live-key-for-mail-test-0123456789',
    AUTH_SECRET: 'x'.repeat(40),
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    MAIL_FROM: 'noreply@portal.example.test',
    PORTAL_URL: 'https://portal.example.test',
    DATABASE_URL: `file:${path.join(dir, 'portal.db')}`,
    DATA_DIR: dir,
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('mail in live mode', () => {
  it('delivers an invite whose link creates the account', async () => {
    const { getDb } = await import('@/lib/db');
    const { inviteUser } = await import('@/lib/users/manage');
    const { findUserToken } = await import('@/lib/users/tokens');
    const { completeUserToken } = await import('@/lib/users/accept');
    const db = await getDb();
    await inviteUser(db, {
      email: 'new.person@example.test',
      role: 'operations',
      clientId: null,
      by: 'u1',
      byName: 'Asha',
    });

    const mail = await waitFor('new.person@example.test');
    expect(mail.from).toBe('noreply@portal.example.test');
    expect(mail.raw).toMatch(/Subject: Asha invited you to Reseller Portal/);
    expect(mail.raw).toContain('Content-Type: text/html');
    const text = textPart(mail.raw);
    const url = /https:\/\/portal\.example\.test\/invite\/([A-Za-z0-9_-]+)/.exec(text);
    expect(url).not.toBeNull();
    const token = url?.[1] ?? '';
    expect(await findUserToken(db, token)).toMatchObject({ purpose: 'invite', email: 'new.person@example.test' });
    const done = await completeUserToken(db, { token, name: 'New Person', password: 'a-long-enough-password' });
    const user = await db
      .selectFrom('users')
      .select(['email', 'role'])
      .where('id', '=', done.userId)
      .executeTakeFirst();
    expect(user).toEqual({ email: 'new.person@example.test', role: 'operations' });
  });

  it('delivers a resume link that opens the registration', async () => {
    const { createDraft } = await import('@/lib/onboarding/drafts');
    const { createResumeLink, draftForResumeToken } = await import('@/lib/onboarding/resume');
    const draft = await createDraft({ name: 'Resume Co', email: 'resume@example.test', mobile: '9876543210' });
    const link = await createResumeLink(draft.id, { channel: 'email', by: null });
    expect(link.delivered).toBe(true);

    const mail = await waitFor('resume@example.test');
    const text = textPart(mail.raw);
    const m = /https:\/\/portal\.example\.test\/signup\/resume\/([A-Za-z0-9_-]+)/.exec(text);
    expect(m?.[0]).toBe(link.url);
    expect((await draftForResumeToken(m?.[1] ?? ''))?.id).toBe(draft.id);
  });
});
