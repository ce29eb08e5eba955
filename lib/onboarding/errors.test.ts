import { describe, expect, it } from 'vitest';
import { t as translate } from '@/lib/i18n';
import { PartnerApiError, PartnerInputError } from '@/lib/partner-api';
import { stepErrorFrom } from './errors';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);
const http = (
  endpoint: string,
  status: number,
  extra: Partial<ConstructorParameters<typeof PartnerApiError>[0]> = {},
) => new PartnerApiError({ endpoint, kind: 'http', status, ...extra });

describe('partner API failures as wizard messages', () => {
  it('wrong code: attempts left, fields marked', () => {
    const e = stepErrorFrom(
      http('verify_otp', 400, { details: { attempts_left: 3 }, fieldErrors: { emailotp: ['Wrong code'] } }),
      'verify_otp',
      t,
    );
    expect(e?.message).toContain('Attempts left: 3');
    expect(e?.fieldErrors).toEqual({ emailotp: ['This code is wrong.'] });
    expect(e?.detail).toEqual({ code: 'otp_wrong', attemptsLeft: 3 });
  });

  // The sandbox has no clock to move over HTTP, so expiry (10 minutes) is checked here.
  it('expired code (410): ask for a new one', () => {
    const e = stepErrorFrom(http('verify_otp', 410), 'verify_otp', t);
    expect(e?.detail.code).toBe('otp_expired');
    expect(e?.message).toMatch(/expired.*Resend/);
    expect(stepErrorFrom(http('aadhar_verify', 410), 'aadhar_verify', t)?.detail.code).toBe('otp_expired');
  });

  it('locked (429, no attempts left) differs for registration and Aadhaar', () => {
    expect(stepErrorFrom(http('verify_otp', 429, { details: { attempts_left: 0 } }), 'verify_otp', t)?.message).toMatch(
      /Change email or mobile/,
    );
    expect(
      stepErrorFrom(http('aadhar_verify', 429, { details: { attempts_left: 0 } }), 'aadhar_verify', t)?.message,
    ).toMatch(/Contact support/);
  });

  it('resend inside the cooldown: how long to wait', () => {
    const e = stepErrorFrom(http('resend_otp', 429, { details: { resend_after_s: 17 } }), 'resend_otp', t);
    expect(e?.message).toBe('Wait 17 seconds before asking for another code.');
    expect(e?.detail.resendAfterS).toBe(17);
  });

  it('a taken email or mobile gets one neutral message naming neither', () => {
    const e = stepErrorFrom(
      http('register', 409, { fieldErrors: { email: ['This email is already registered'] } }),
      'register',
      t,
    );
    expect(e?.message).toBe(t('err.contactTaken'));
    expect(e?.fieldErrors).toBeUndefined();
    expect(e?.message).not.toMatch(/email is|mobile is|already registered/i);
  });

  it('accept before the steps are done lists what is due', () => {
    const e = stepErrorFrom(http('accept_kyc', 409, { details: { missing: ['aadhaar', 'gst'] } }), 'accept_kyc', t);
    expect(e?.message).toBe('These steps are still due: aadhaar, gst. Finish them, then sign.');
  });

  it('upstream faults: try again, or check first when the outcome is unknown', () => {
    expect(stepErrorFrom(http('verify_pan', 503), 'verify_pan', t)?.message).toBe(t('err.upstream'));
    const unknown = new PartnerApiError({ endpoint: 'accept_kyc', kind: 'timeout', outcomeUnknown: true });
    expect(stepErrorFrom(unknown, 'accept_kyc', t)?.message).toBe(t('err.upstreamUnknown'));
  });

  it('422 and input errors keep their fields (upstream names mapped to the form)', () => {
    const e = stepErrorFrom(http('aadhar_otp', 422, { fieldErrors: { aadhar_num: ['bad'] } }), 'aadhar_otp', t);
    expect(e?.fieldErrors).toEqual({ aadhaar: ['bad'] });
    expect(
      stepErrorFrom(new PartnerInputError('verify_gst', { gst_num: ['x'] }), 'verify_gst', t)?.fieldErrors,
    ).toEqual({ gst_num: ['x'] });
  });

  it('leaves unknown errors to the caller', () => {
    expect(stepErrorFrom(new Error('boom'), 'register', t)).toBeNull();
  });
});
