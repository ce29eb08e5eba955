import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gstinCheckChar } from '@/lib/validation';
import { type CoreKit, makeCoreKit, REG, registerVerified } from './core-test-kit';
import { verifyRegistrationPassword } from './registration-store';

let kit: CoreKit;
beforeEach(async () => {
  kit = await makeCoreKit();
});
afterEach(() => kit.close());

const codes = async () => ({ emailotp: await kit.latestCode(REG.email), mobileotp: await kit.latestCode(REG.mobile) });
const wrong = (c: string) => String((Number(c) + 1) % 1_000_000).padStart(6, '0');

describe('register and OTP', () => {
  it('sends two random 6-digit codes to the inbox and returns a request_id', async () => {
    const { request_id } = await kit.call('register', REG);
    expect(request_id).toMatch(/^req_[0-9a-f]{10}$/);
    const c = await codes();
    expect(c.emailotp).toMatch(/^\d{6}$/);
    expect(c.mobileotp).toMatch(/^\d{6}$/);
  });

  it('422s every bad field at once', async () => {
    const err = await kit.fail(422, 'register', { ...REG, email: 'nope', mobile: '12345', password: 'x' });
    expect(Object.keys(err.errors ?? {})).toEqual(expect.arrayContaining(['email', 'mobile', 'password']));
  });

  it('verifies both codes and hands out the temp_client_id', async () => {
    const { request_id } = await kit.call('register', REG);
    const { temp_client_id } = await kit.call('verify_otp', { request_id, ...(await codes()) });
    expect(temp_client_id).toMatch(/^tmp_\d+$/);
    await kit.fail(409, 'verify_otp', { request_id, ...(await codes()) });
  });

  it('counts wrong codes (400 with attempts_left) and locks on the fifth (429)', async () => {
    const { request_id } = await kit.call('register', REG);
    const c = await codes();
    for (let left = 4; left >= 1; left--) {
      const err = await kit.fail(400, 'verify_otp', {
        request_id,
        emailotp: c.emailotp,
        mobileotp: wrong(c.mobileotp),
      });
      expect(err.data).toEqual({ attempts_left: left });
      expect(err.errors).toHaveProperty('mobileotp');
    }
    await kit.fail(429, 'verify_otp', { request_id, emailotp: wrong(c.emailotp), mobileotp: c.mobileotp });
    // Locked even with the right codes, and a resend does not unlock it.
    await kit.fail(429, 'verify_otp', { request_id, ...c });
    kit.advance(31_000);
    await kit.fail(429, 'resend_otp', { request_id, type: 'both' });
  });

  it('expires codes after 10 minutes (410)', async () => {
    const { request_id } = await kit.call('register', REG);
    kit.advance(10 * 60_000);
    await kit.fail(410, 'verify_otp', { request_id, ...(await codes()) });
  });

  it('resend_otp: 30 s cooldown per channel, invalidates the old code', async () => {
    const { request_id } = await kit.call('register', REG);
    const old = await codes();
    const err = await kit.fail(429, 'resend_otp', { request_id, type: 'mobile' });
    expect(err.data).toEqual({ resend_after_s: 30 });
    kit.advance(30_000);
    expect(await kit.call('resend_otp', { request_id, type: 'mobile' })).toEqual({
      request_id,
      type: 'mobile',
      resend_after_s: 30,
    });
    // The email channel has its own clock: free now, then cooling down.
    await kit.call('resend_otp', { request_id, type: 'email' });
    await kit.fail(429, 'resend_otp', { request_id, type: 'both' });
    const fresh = await codes();
    if (fresh.mobileotp !== old.mobileotp) {
      await kit.fail(400, 'verify_otp', { request_id, emailotp: fresh.emailotp, mobileotp: old.mobileotp });
    }
    await kit.call('verify_otp', { request_id, ...fresh });
    await kit.fail(422, 'resend_otp', { request_id, type: 'fax' });
    await kit.fail(404, 'resend_otp', { request_id: 'req_nope', type: 'email' });
  });

  it('409s an email or mobile already verified by someone else, not an abandoned one', async () => {
    await kit.call('register', REG); // never verified: does not block
    await registerVerified(kit);
    const err = await kit.fail(409, 'register', { ...REG, email: 'OPS@acme.test' });
    expect(err.errors).toHaveProperty('email');
    const err2 = await kit.fail(409, 'register', { ...REG, email: 'other@acme.test', mobile: '+91 98765 43210' });
    expect(err2.errors).toHaveProperty('mobile');
  });
});

describe('KYC', () => {
  const PAN = 'ABCPE1234F';
  const AADHAAR = '234123412346';
  const gstinOf = async (pan: string) => `29${pan}1Z${gstinCheckChar(`29${pan}1Z`)}`;

  it('refuses every KYC step before verify_otp (409)', async () => {
    await kit.call('register', REG);
    const [pending] = await kit.call('pending');
    const t = pending.temp_client_id;
    await kit.fail(409, 'verify_pan', { temp_client_id: t, pan: PAN, btype: 'individual' });
    await kit.fail(409, 'preview_kyc', { temp_client_id: t });
    await kit.fail(409, 'accept_kyc', { temp_client_id: t });
    await kit.fail(404, 'verify_pan', { temp_client_id: 'tmp_0', pan: PAN, btype: 'individual' });
  });

  it('runs in order, validates, and creates the client on accept', async () => {
    const { temp_client_id: t, request_id } = await registerVerified(kit);
    await kit.fail(409, 'aadhar_otp', { temp_client_id: t, aadhar_num: AADHAAR });
    await kit.fail(409, 'skip_gst', { temp_client_id: t });
    await kit.fail(422, 'verify_pan', { temp_client_id: t, pan: 'ABC', btype: 'individual' });
    await kit.fail(422, 'verify_pan', { temp_client_id: t, pan: PAN, btype: 'company' });
    await kit.fail(422, 'verify_pan', { temp_client_id: t, pan: PAN, btype: 'alien' });
    expect(await kit.call('verify_pan', { temp_client_id: t, pan: PAN, btype: 'individual' })).toEqual({
      pan_masked: 'AB•••••34F',
      name_on_pan: 'ACME CORP',
      btype: 'individual',
    });
    const missing = await kit.fail(409, 'accept_kyc', { temp_client_id: t });
    expect(missing.data).toEqual({ missing: ['aadhaar', 'gst'] });

    await kit.fail(422, 'aadhar_otp', { temp_client_id: t, aadhar_num: '234123412345' });
    await kit.fail(422, 'aadhar_otp', { temp_client_id: t, aadhar_num: '123412341234' });
    const { ref, expires_in_s } = await kit.call('aadhar_otp', { temp_client_id: t, aadhar_num: AADHAAR });
    expect(expires_in_s).toBe(600);
    await kit.fail(429, 'aadhar_otp', { temp_client_id: t, aadhar_num: AADHAAR });
    const otp = await kit.latestCode(REG.mobile, 'aadhaar');
    await kit.fail(409, 'verify_gst', { temp_client_id: t, gst_num: await gstinOf(PAN) });
    await kit.fail(404, 'aadhar_verify', { temp_client_id: t, otp, ref: 'ref_1' });
    await kit.fail(400, 'aadhar_verify', { temp_client_id: t, otp: wrong(otp), ref });
    expect(await kit.call('aadhar_verify', { temp_client_id: t, otp, ref })).toEqual({
      name: 'Acme Corp',
      aadhaar_last4: '2346',
    });

    await kit.fail(422, 'verify_gst', { temp_client_id: t, gst_num: '29ABCPE1234F1Z0' });
    const otherPan = await gstinOf('ABCPE9999F');
    const mismatch = await kit.fail(422, 'verify_gst', { temp_client_id: t, gst_num: otherPan });
    expect(mismatch.errors).toHaveProperty('gst_num');
    const gst = await gstinOf(PAN);
    expect(await kit.call('verify_gst', { temp_client_id: t, gst_num: gst })).toEqual({
      gst_num: gst,
      legal_name: 'ACME CORP',
      state: 'Karnataka',
    });

    const preview = await kit.call('preview_kyc', { temp_client_id: t });
    expect(preview).toMatchObject({
      pan: { pan_masked: 'AB•••••34F' },
      aadhaar: { aadhaar_last4: '2346' },
      gst: { gst_num: gst },
      missing: [],
    });
    expect(JSON.stringify(preview.pan)).not.toContain(PAN);

    const { client_id, status } = await kit.call('accept_kyc', {
      temp_client_id: t,
      signature: 'data:image/png;base64,AAAA',
    });
    expect(client_id).toMatch(/^CL[A-Z0-9]{10}$/);
    expect(status).toBe('1');
    expect(await kit.call('wallet_balance', { client_id })).toMatchObject({ balance: 0, currency: 'INR' });
    await kit.fail(409, 'accept_kyc', { temp_client_id: t });
    expect(await kit.call('pending')).toEqual([]);
    expect(await verifyRegistrationPassword(kit.db, client_id, REG.password)).toBe(true);
    expect(await verifyRegistrationPassword(kit.db, client_id, 'wrong-password')).toBe(false);

    // Aadhaar: only the last four digits anywhere in the store.
    const dump = JSON.stringify([
      await kit.db.selectFrom('sbx_registrations').selectAll().where('request_id', '=', request_id).execute(),
      await kit.db.selectFrom('sbx_clients').selectAll().execute(),
    ]);
    expect(dump).not.toContain(AADHAAR);
    expect(dump).not.toContain('base64');
  });

  it('skip_gst completes GST; pending shows the next stage of each registration', async () => {
    const { temp_client_id: t } = await registerVerified(kit);
    expect((await kit.call('pending'))[0]).toMatchObject({ temp_client_id: t, stage: 'verify_pan' });
    await kit.call('verify_pan', { temp_client_id: t, pan: PAN, btype: 'proprietorship' });
    expect((await kit.call('pending'))[0].stage).toBe('aadhar_otp');
    const { ref } = await kit.call('aadhar_otp', { temp_client_id: t, aadhar_num: '2341 2341 2346' });
    expect((await kit.call('pending'))[0].stage).toBe('aadhar_verify');
    kit.advance(11 * 60_000);
    await kit.fail(410, 'aadhar_verify', { temp_client_id: t, otp: await kit.latestCode(REG.mobile, 'aadhaar'), ref });
    const again = await kit.call('aadhar_otp', { temp_client_id: t, aadhar_num: AADHAAR });
    await kit.call('aadhar_verify', {
      temp_client_id: t,
      otp: await kit.latestCode(REG.mobile, 'aadhaar'),
      ref: again.ref,
    });
    expect((await kit.call('pending'))[0].stage).toBe('verify_gst');
    expect(await kit.call('skip_gst', { temp_client_id: t })).toEqual({ gst: 'skipped' });
    expect((await kit.call('preview_kyc', { temp_client_id: t })).gst).toEqual({ skipped: true });
    expect((await kit.call('pending'))[0].stage).toBe('accept_kyc');
    await kit.call('accept_kyc', { temp_client_id: t });
  });
});
