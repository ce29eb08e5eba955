import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, migrateToLatest } from '@/lib/db';
import { migrateSandbox } from '@/lib/sandbox/migrations';
import { asSandboxDb, type SandboxDB as DB } from '@/lib/sandbox/schema';
import { createClientRecord } from './clients-store';
import { createSandboxHandler } from './http';
import { resolveRoute } from './routes';

const KEY = 'sbx_unit_key_0123456789';
let db: DB;
let handle: (req: Request) => Promise<Response>;
const now = () => new Date('2025-08-01T10:00:00Z');

beforeEach(async () => {
  db = asSandboxDb(await createDb({ kind: 'sqlite', file: ':memory:' }));
  await migrateToLatest(db);
  await migrateSandbox(db);
  handle = createSandboxHandler({ db, apiKey: KEY, now, hangMs: 50 });
  await createClientRecord(
    { db, now },
    { clientId: 'CLHTTP000001', name: 'H', email: 'h@x.test', mobile: '9876543210' },
  );
});
afterEach(() => db.destroy());

const req = (path: string, init: { method?: string; body?: unknown; key?: string | null; raw?: string } = {}) =>
  handle(
    new Request(`http://sbx.test/sandbox${path}`, {
      method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
      headers: init.key === null ? {} : { authorization: `Bearer ${init.key ?? KEY}` },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    }),
  );

describe('routing', () => {
  it('maps paths to endpoint names', () => {
    expect(resolveRoute('/sandbox/partnerclients/client/CL1')).toEqual({
      kind: 'endpoint',
      name: 'client',
      params: { client_id: 'CL1' },
    });
    expect(resolveRoute('/sandbox/partnerclients/clients')).toEqual({ kind: 'endpoint', name: 'clients', params: {} });
    expect(resolveRoute('/sandbox/partnerclients/client')).toEqual({ kind: 'none' });
    expect(resolveRoute('/sandbox/api/click_connect/cancel')).toEqual({
      kind: 'endpoint',
      name: 'click_connect_cancel',
      params: {},
    });
    expect(resolveRoute('/sandbox/%5Ffaults')).toEqual({ kind: 'faults' });
  });
});

describe('the HTTP face', () => {
  it('envelope status equals HTTP status; 401 without the key; 404/405/400', async () => {
    const ok = await req('/partnerclients/clients');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 200, data: [{ client_id: 'CLHTTP000001', balance: 0 }] });
    for (const key of [null, 'wrong']) {
      const r = await req('/partnerclients/clients', { key });
      expect(r.status).toBe(401);
      expect(await r.json()).toEqual({ status: 401, message: expect.any(String), data: null });
    }
    expect((await req('/partnerclients/nope')).status).toBe(404);
    expect((await req('/partnerclients/clients', { method: 'POST', body: {} })).status).toBe(405);
    expect((await req('/partnerclients/buy_did', { method: 'GET' })).status).toBe(405);
    expect((await req('/partnerclients/wallet_balance', { raw: '{nope' })).status).toBe(400);
    expect((await req('/partnerclients/wallet_balance', { raw: '[1]' })).status).toBe(400);
    const v = await req('/partnerclients/wallet_balance', { body: {} });
    expect(v.status).toBe(422);
    expect(await v.json()).toMatchObject({ status: 422, data: null, errors: { client_id: expect.any(Array) } });
  });

  it('403 on every state-changing call of an inactive client, reads still work', async () => {
    await req('/partnerclients/update_status', { body: { client_id: 'CLHTTP000001', status: '0' } });
    for (const name of ['add_client_credits', 'add_agent', 'create_wss_bot', 'link_whatsapp_did', 'buy_did']) {
      const r = await req(`/partnerclients/${name}`, { body: { client_id: 'CLHTTP000001', credit: '5' } });
      expect(r.status, name).toBe(403);
    }
    expect((await req('/partnerclients/wallet_balance', { body: { client_id: 'CLHTTP000001' } })).status).toBe(200);
    expect(
      (await req('/partnerclients/update_status', { body: { client_id: 'CLHTTP000001', status: '1' } })).status,
    ).toBe(200);
    expect(
      (await req('/partnerclients/add_client_credits', { body: { client_id: 'CLHTTP000001', credit: '5' } })).status,
    ).toBe(200);
  });

  it('inbox.json needs no key and lists newest first', async () => {
    await req('/partnerclients/register', {
      body: { name: 'A', email: 'a@x.test', mobile: '9123456789', password: 'Password1!', country_code: '+91' },
    });
    const r = await req('/inbox.json?to=a@x.test', { key: null });
    expect(r.status).toBe(200);
    const list = await r.json();
    expect(list).toEqual([
      {
        to: 'a@x.test',
        channel: 'email',
        purpose: 'registration',
        code: expect.stringMatching(/^\d{6}$/),
        sent_at: expect.any(String),
      },
    ]);
  });
});

describe("the portal's messages (POST /_inbox)", () => {
  it('needs the key, validates, and puts the message in the inbox', async () => {
    const msg = { to: 'inv@x.test', channel: 'email', purpose: 'invite', body: 'Join: https://portal/invite/abc' };
    expect((await req('/_inbox', { body: msg, key: null })).status).toBe(401);
    expect((await req('/_inbox', { body: { ...msg, purpose: 'otp' } })).status).toBe(422);
    expect((await req('/_inbox', { body: { ...msg, to: '' } })).status).toBe(422);
    expect((await req('/_inbox', { body: msg })).status).toBe(200);
    const list = (await (await req('/inbox.json?to=inv@x.test')).json()) as { purpose: string }[];
    expect(list.map((m) => m.purpose)).toEqual(['invite']);
  });
});

describe('faults', () => {
  const arm = (body: Record<string, unknown>) => req('/_faults', { body });

  it('needs the key and validates', async () => {
    expect((await req('/_faults', { body: { endpoint: 'clients', kind: 'error' }, key: null })).status).toBe(401);
    expect((await arm({ endpoint: 'clients', kind: 'boom' })).status).toBe(422);
  });

  it('error: answers the status for `times` calls without running the handler', async () => {
    expect((await arm({ endpoint: 'add_client_credits', kind: 'error', status: 503, times: 2 })).status).toBe(200);
    const body = { client_id: 'CLHTTP000001', credit: '5' };
    expect((await req('/partnerclients/add_client_credits', { body })).status).toBe(503);
    expect((await req('/partnerclients/add_client_credits', { body })).status).toBe(503);
    const third = await req('/partnerclients/add_client_credits', { body });
    expect((await third.json()).data.balance).toBe(5);
  });

  it('latency delays, malformed answers 200 with a non-JSON body, timeout hangs, DELETE clears', async () => {
    await arm({ endpoint: 'clients', kind: 'latency', ms: 120 });
    const t = Date.now();
    expect((await req('/partnerclients/clients')).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(100);

    await arm({ endpoint: 'clients', kind: 'malformed' });
    const bad = await req('/partnerclients/clients');
    expect(bad.status).toBe(200);
    await expect(bad.json()).rejects.toThrow();

    await arm({ endpoint: '*', kind: 'timeout' });
    expect((await req('/partnerclients/clients')).status).toBe(504);

    await arm({ endpoint: 'clients', kind: 'error', times: 5 });
    expect((await req('/_faults', { method: 'DELETE' })).status).toBe(200);
    expect((await req('/partnerclients/clients')).status).toBe(200);
  });
  it('a fault armed for a client hits only that client’s calls; DELETE ?client_id clears only its faults', async () => {
    await arm({ endpoint: 'add_client_credits', kind: 'error', status: 502, times: 1, client_id: 'CLOTHER00001' });
    const mine = { client_id: 'CLHTTP000001', credit: '1' };
    // Another client's fault neither hits nor is used up by this client's call.
    expect((await req('/partnerclients/add_client_credits', { body: mine })).status).toBe(200);
    await arm({ endpoint: 'add_client_credits', kind: 'error', status: 503, times: 1, client_id: 'CLHTTP000001' });
    expect((await req('/_faults?client_id=CLOTHER00001', { method: 'DELETE' })).status).toBe(200);
    // Clearing the other client's faults left this one's armed.
    expect((await req('/partnerclients/add_client_credits', { body: mine })).status).toBe(503);
    expect((await req('/partnerclients/add_client_credits', { body: mine })).status).toBe(200);
    // ?endpoint= clears that endpoint's unscoped faults only.
    await arm({ endpoint: 'add_client_credits', kind: 'error', status: 504, times: 1 });
    await arm({ endpoint: 'add_client_credits', kind: 'error', status: 503, times: 1, client_id: 'CLHTTP000001' });
    expect((await req('/_faults?endpoint=add_client_credits', { method: 'DELETE' })).status).toBe(200);
    expect((await req('/partnerclients/add_client_credits', { body: mine })).status).toBe(503);
    expect((await req('/partnerclients/add_client_credits', { body: mine })).status).toBe(200);
  });

  it("the expire control makes one person's codes expire (410) and needs the key", async () => {
    const reg = await (
      await req('/partnerclients/register', {
        body: { name: 'E', email: 'e@x.test', mobile: '9123456780', password: 'Password1!', country_code: '+91' },
      })
    ).json();
    const codes = (await (await req('/inbox.json?to=e@x.test', { key: null })).json()) as { code: string }[];
    const mobile = (await (await req('/inbox.json?to=9123456780', { key: null })).json()) as { code: string }[];
    expect((await req('/_otps/expire', { body: { to: 'e@x.test' }, key: null })).status).toBe(401);
    expect((await req('/_otps/expire', { body: {} })).status).toBe(422);
    const expired = await req('/_otps/expire', { body: { to: 'E@X.test' } });
    expect(await expired.json()).toMatchObject({ status: 200, data: { expired: 1 } });
    const verify = await req('/partnerclients/verify_otp', {
      body: { request_id: reg.data.request_id, emailotp: codes[0].code, mobileotp: mobile[0].code },
    });
    expect(verify.status).toBe(410);
  });
});
