import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gstinCheckChar } from '@/lib/validation';
import { type CoreContract, expectStatus, startCoreContract, T0 } from './core-contract-kit';

const REG = {
  name: 'Acme Corp',
  email: 'ops@acme.test',
  mobile: '9876543210',
  password: 'SecurePass@123',
  country_code: '+91' as const,
  promo: 'WELCOME10',
};
const PAN = 'ABCCE1234F';
const gstin = (pan: string) => `29${pan}1Z${gstinCheckChar(`29${pan}1Z`)}`;
const wrong = (c: string) => String((Number(c) + 1) % 1_000_000).padStart(6, '0');

let k: CoreContract;
beforeAll(async () => {
  k = await startCoreContract();
});
afterAll(() => k.server.close());

describe('registration through the portal client', () => {
  it('register → codes in the inbox → verify_otp; 409 on a taken email/mobile', async () => {
    const { request_id } = await k.api.call('register', REG);
    expect(request_id).toMatch(/^req_/);
    await expectStatus(k.api.call('resend_otp', { request_id, type: 'both' }), 429);
    k.server.advance(30_000);
    expect(await k.api.call('resend_otp', { request_id, type: 'email' })).toMatchObject({ request_id, type: 'email' });
    const { temp_client_id } = await k.api.call('verify_otp', {
      request_id,
      emailotp: await k.code(REG.email),
      mobileotp: await k.code(REG.mobile),
    });
    expect(temp_client_id).toMatch(/^tmp_/);
    await expectStatus(k.api.call('register', REG), 409, 'email', 'mobile');
    await expectStatus(
      k.api.call('verify_otp', { request_id: 'req_unknown', emailotp: '123456', mobileotp: '123456' }),
      404,
    );
  });

  it('verify_otp: 400 wrong (attempts_left), 429 after five, 410 expired', async () => {
    const reg = { ...REG, email: 'lock@acme.test', mobile: '9876500001' };
    const { request_id } = await k.api.call('register', reg);
    const c = { emailotp: await k.code(reg.email), mobileotp: await k.code(reg.mobile) };
    const e = await expectStatus(
      k.api.call('verify_otp', { request_id, ...c, emailotp: wrong(c.emailotp) }),
      400,
      'emailotp',
    );
    expect(e.upstreamMessage).toContain('4 attempts left');
    const raw = await k.raw('/partnerclients/verify_otp', { request_id, ...c, mobileotp: wrong(c.mobileotp) });
    expect(raw).toMatchObject({ status: 400, json: { status: 400, data: { attempts_left: 3 } } });
    for (let i = 0; i < 2; i++)
      await expectStatus(k.api.call('verify_otp', { request_id, ...c, emailotp: wrong(c.emailotp) }), 400);
    await expectStatus(k.api.call('verify_otp', { request_id, ...c, emailotp: wrong(c.emailotp) }), 429);
    await expectStatus(k.api.call('verify_otp', { request_id, ...c }), 429);

    const late = { ...REG, email: 'late@acme.test', mobile: '9876500002' };
    const r2 = await k.api.call('register', late);
    k.server.advance(10 * 60_000 + 1);
    await expectStatus(
      k.api.call('verify_otp', {
        request_id: r2.request_id,
        emailotp: await k.code(late.email),
        mobileotp: await k.code(late.mobile),
      }),
      410,
    );
  });
});

describe('KYC through the portal client', () => {
  it('in order, with 409/422 on each rule, then accept creates the client', async () => {
    k.server.setNow(T0);
    const reg = { ...REG, email: 'kyc@acme.test', mobile: '9876500003' };
    const { request_id } = await k.api.call('register', reg);
    const pending = await k.api.call('pending');
    const early = pending.find((p) => p.request_id === request_id);
    expect(early).toMatchObject({ stage: 'verify_otp', email: reg.email });
    // Nothing before verify_otp.
    await expectStatus(
      k.api.call('verify_pan', { temp_client_id: String(early?.temp_client_id), pan: PAN, btype: 'company' }),
      409,
    );
    const { temp_client_id: t } = await k.api.call('verify_otp', {
      request_id,
      emailotp: await k.code(reg.email),
      mobileotp: await k.code(reg.mobile),
    });
    const tc = String(t);
    await expectStatus(k.api.call('aadhar_otp', { temp_client_id: tc, aadhar_num: '234123412346' }), 409);
    expect(
      (await k.raw('/partnerclients/verify_pan', { temp_client_id: tc, pan: 'ABCDE12345', btype: 'company' })).status,
    ).toBe(422);
    expect(
      (await k.raw('/partnerclients/verify_pan', { temp_client_id: tc, pan: 'ABCPE1234F', btype: 'company' })).json
        .errors,
    ).toHaveProperty('pan');
    expect(await k.api.call('verify_pan', { temp_client_id: tc, pan: PAN, btype: 'company' })).toEqual({
      pan_masked: 'AB•••••34F',
      name_on_pan: 'ACME CORP',
      btype: 'company',
    });
    const missing = await expectStatus(k.api.call('accept_kyc', { temp_client_id: tc }), 409, 'kyc');
    expect(missing.fieldErrors.kyc).toEqual(['aadhaar', 'gst']);

    expect(
      (await k.raw('/partnerclients/aadhar_otp', { temp_client_id: tc, aadhar_num: '234123412345' })).json.errors,
    ).toHaveProperty('aadhar_num');
    const { ref } = await k.api.call('aadhar_otp', { temp_client_id: tc, aadhar_num: '234123412346' });
    const otp = await k.code(reg.mobile, 'aadhaar');
    await expectStatus(k.api.call('verify_gst', { temp_client_id: tc, gst_num: gstin(PAN) }), 409);
    await expectStatus(k.api.call('aadhar_verify', { temp_client_id: tc, otp: wrong(otp), ref }), 400, 'otp');
    expect(await k.api.call('aadhar_verify', { temp_client_id: tc, otp, ref })).toEqual({
      name: 'Acme Corp',
      aadhaar_last4: '2346',
    });

    await expectStatus(k.api.call('verify_gst', { temp_client_id: tc, gst_num: gstin('ABCCE9999F') }), 422, 'gst_num');
    expect((await k.raw('/partnerclients/verify_gst', { temp_client_id: tc, gst_num: '29ABCCE1234F1Z0' })).status).toBe(
      422,
    );
    expect(await k.api.call('verify_gst', { temp_client_id: tc, gst_num: gstin(PAN) })).toEqual({
      gst_num: gstin(PAN),
      legal_name: 'ACME CORP',
      state: 'Karnataka',
    });
    expect(await k.api.call('skip_gst', { temp_client_id: tc })).toEqual({ gst: 'skipped' });
    const preview = await k.api.call('preview_kyc', { temp_client_id: tc });
    expect(preview).toMatchObject({
      pan: { pan_masked: 'AB•••••34F' },
      aadhaar: { aadhaar_last4: '2346' },
      gst: { skipped: true },
      missing: [],
    });

    const accepted = await k.api.call('accept_kyc', {
      temp_client_id: tc,
      signature: 'data:image/png;base64,iVBORw0K',
    });
    expect(accepted).toEqual({ client_id: expect.stringMatching(/^CL[A-Z0-9]{10}$/), status: '1' });
    await expectStatus(k.api.call('accept_kyc', { temp_client_id: tc }), 409);
    expect((await k.api.call('pending')).some((p) => p.request_id === request_id)).toBe(false);
    expect(await k.api.call('wallet_balance', { client_id: accepted.client_id })).toMatchObject({
      balance: '0',
      currency: 'INR',
    });
  });
});
