import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { asSandboxDb } from '@/lib/sandbox/schema';

// A throwaway database for this file: getDb() reads DATABASE_URL on first use.
process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'onb-')), 'portal.db')}`;
process.env.PARTNER_API_MODE = 'sandbox';

const { getDb } = await import('@/lib/db');
const { createDraft, ensureDraftForPending, findDraftByTempClientId, getDraft } = await import('./drafts');
const { createResumeLink, draftForResumeToken, redeemResumeToken } = await import('./resume');
const { hashResumeToken } = await import('./tokens');

beforeAll(async () => {
  // The links reach the sandbox's inbox over HTTP (lib/mail/sandbox-inbox.ts): here the sandbox's
  // own fetch-style handler answers those requests in-process, on this file's database.
  const { createSandboxHandler } = await import('@/lib/sandbox/http');
  const { env } = await import('@/lib/env');
  const handle = createSandboxHandler({ db: asSandboxDb(await getDb()), apiKey: env().partnerApiKey });
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => handle(new Request(input, init)));
});

afterAll(() => {
  vi.unstubAllGlobals();
});

describe('resume links', () => {
  it('stores only the token hash, expires in 72 h and lands in the sandbox inbox', async () => {
    const d = await createDraft({ request_id: 'req_r1', name: 'Asha', email: 'asha@x.test', mobile: '9876500001' });
    const before = Date.now();
    const link = await createResumeLink(d.id, { channel: 'both', by: null });
    const token = link.url.split('/signup/resume/')[1];
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const row = await getDraft(d.id);
    expect(row?.resume_token_hash).toBe(hashResumeToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const ttl = Date.parse(link.expiresAt) - before;
    expect(ttl).toBeGreaterThan(72 * 3600_000 - 5000);
    expect(ttl).toBeLessThanOrEqual(72 * 3600_000 + 1000);
    expect(link.delivered).toBe(true);
    const db = await getDb();
    const inbox = await asSandboxDb(db).selectFrom('sbx_inbox').selectAll().where('purpose', '=', 'resume').execute();
    expect(inbox.map((m) => m.recipient).sort()).toEqual(['9876500001', 'asha@x.test']);
    expect(inbox.every((m) => m.body.includes(link.url))).toBe(true);
    expect((await draftForResumeToken(token))?.id).toBe(d.id);
  });

  it('keeps one active token per draft: a new link replaces the old one', async () => {
    const d = await createDraft({ request_id: 'req_r2', name: 'B', email: 'b@x.test', mobile: '9876500002' });
    const first = (await createResumeLink(d.id, { channel: 'email', by: 'staff-1' })).url.split('/resume/')[1];
    const second = (await createResumeLink(d.id, { channel: 'email', by: 'staff-2' })).url.split('/resume/')[1];
    expect(await draftForResumeToken(first)).toBeNull();
    expect((await draftForResumeToken(second))?.id).toBe(d.id);
    // The first staff member who sent a link is kept on record.
    expect((await getDraft(d.id))?.created_by).toBe('staff-1');
  });

  it('refuses unknown, malformed and expired tokens', async () => {
    expect(await draftForResumeToken('not a token')).toBeNull();
    expect(await draftForResumeToken('A'.repeat(43))).toBeNull();
    const d = await createDraft({ request_id: 'req_r3', name: 'C', email: 'c@x.test', mobile: '9876500003' });
    const token = (await createResumeLink(d.id, { channel: 'email', by: null })).url.split('/resume/')[1];
    const db = await getDb();
    await db
      .updateTable('onboarding_drafts')
      .set({ resume_expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', d.id)
      .execute();
    expect(await draftForResumeToken(token)).toBeNull();
    expect(await redeemResumeToken(token)).toEqual({ status: 'invalid' });
    expect(await redeemResumeToken('%E0%A4%A')).toEqual({ status: 'invalid' });
  });

  it('opens a link once: a second use (even racing) is refused as used, a new link works', async () => {
    const d = await createDraft({ request_id: 'req_r4', name: 'E', email: 'e@x.test', mobile: '9876500005' });
    const token = (await createResumeLink(d.id, { channel: 'email', by: null })).url.split('/resume/')[1];
    const [a, b] = await Promise.all([redeemResumeToken(token), redeemResumeToken(token)]);
    expect([a.status, b.status].sort()).toEqual(['ok', 'used']);
    expect(await redeemResumeToken(token)).toEqual({ status: 'used' });
    expect(await draftForResumeToken(token)).toBeNull();
    const fresh = (await createResumeLink(d.id, { channel: 'email', by: null })).url.split('/resume/')[1];
    const r = await redeemResumeToken(fresh);
    expect(r.status === 'ok' && r.draft.id).toBe(d.id);
  });
});

describe('adopting a registration started elsewhere', () => {
  it('creates one draft per registration and reuses it', async () => {
    const p = {
      temp_client_id: 'tmp_9001',
      request_id: 'req_p1',
      name: 'D',
      email: 'd@x.test',
      mobile: '9876500004',
      stage: 'verify_otp',
      created_at: null,
    };
    const id = await ensureDraftForPending(p, 'staff-9');
    expect(await ensureDraftForPending(p, 'staff-9')).toBe(id);
    const d = await findDraftByTempClientId('tmp_9001');
    expect(d?.id).toBe(id);
    expect(d?.stage).toBe('otp');
    expect(d?.created_by).toBe('staff-9');
    expect(d?.password_hash).toBeNull();
  });
});
