import { describe, expect, it } from 'vitest';
import { isDone, isEditable, isReachable, nextStep, type Progress, STEPS, stepForApiStage } from './steps';

const fresh: Progress = {
  request_id: null,
  otp_verified: 0,
  pan_masked: null,
  aadhaar_ref: null,
  aadhaar_verified: 0,
  gst_num: null,
  gst_skipped: 0,
  reviewed: 0,
  client_id: null,
};

// Each stage of a registration, in order, as the draft records it.
const registered = { ...fresh, request_id: 'req_1' };
const otpDone = { ...registered, otp_verified: 1 };
const panDone = { ...otpDone, pan_masked: 'AB•••••34F' };
const aadhaarSent = { ...panDone, aadhaar_ref: 'ref_1' };
const aadhaarDone = { ...aadhaarSent, aadhaar_verified: 1 };
const gstSkipped = { ...aadhaarDone, gst_skipped: 1 };
const reviewed = { ...gstSkipped, reviewed: 1 };
const accepted = { ...reviewed, client_id: '5521' };

describe('onboarding step machine', () => {
  it('opens each draft at the first step not done', () => {
    expect(
      [fresh, registered, otpDone, panDone, aadhaarSent, aadhaarDone, gstSkipped, reviewed, accepted].map(nextStep),
    ).toEqual(STEPS);
  });

  it('treats a verified GSTIN and "not GST-registered" alike', () => {
    expect(nextStep({ ...aadhaarDone, gst_num: '29ABCCE1234F1Z5' })).toBe('review');
    expect(isDone('gst', gstSkipped)).toBe(true);
  });

  it('never lets a later step be opened before the earlier ones are done', () => {
    expect(isReachable('pan', registered)).toBe(false);
    expect(isReachable('sign', aadhaarDone)).toBe(false);
    expect(isReachable('otp', registered)).toBe(true);
    expect(isReachable('account', panDone)).toBe(true);
  });

  it('allows changes only where the API allows them', () => {
    // Contact details: a new registration until the OTPs are verified.
    expect(isEditable('account', registered)).toBe(true);
    expect(isEditable('account', otpDone)).toBe(false);
    // PAN: until verified; afterwards it is shown as done.
    expect(isEditable('pan', otpDone)).toBe(true);
    expect(isEditable('pan', panDone)).toBe(false);
    // Aadhaar: a new number/code until verified.
    expect(isEditable('aadhaar', aadhaarSent)).toBe(true);
    expect(isEditable('aadhaar_verify', aadhaarSent)).toBe(true);
    expect(isEditable('aadhaar', aadhaarDone)).toBe(false);
    // GST and review: until KYC is accepted.
    expect(isEditable('gst', reviewed)).toBe(true);
    expect(isEditable('gst', accepted)).toBe(false);
    expect(isEditable('sign', accepted)).toBe(false);
  });

  it('cannot verify an Aadhaar code before one was requested', () => {
    expect(isEditable('aadhaar_verify', panDone)).toBe(false);
  });

  it('maps the API stages from `pending` to wizard steps', () => {
    expect(stepForApiStage('verify_otp')).toBe('otp');
    expect(stepForApiStage('aadhar_verify')).toBe('aadhaar_verify');
    expect(stepForApiStage('accept_kyc')).toBe('review');
    expect(stepForApiStage('something-new')).toBe('otp');
  });
});
