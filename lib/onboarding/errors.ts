import 'server-only';
import { UserError } from '@/lib/errors';
import type { Translate } from '@/lib/i18n';
import { PartnerApiError, PartnerInputError } from '@/lib/partner-api';

import type { StepDetail } from './result';

export type { StepDetail } from './result';

/** A known failure of a wizard step: message in the visitor's language, fields, details. */
export class StepError extends UserError {
  constructor(
    message: string,
    fieldErrors?: Record<string, string[]>,
    public readonly detail: StepDetail = {},
  ) {
    super(message, fieldErrors);
    this.name = 'StepError';
  }
}

// Upstream field names → the wizard's form fields.
const FIELD = {
  aadhar_num: 'aadhaar',
  emailotp: 'emailotp',
  mobileotp: 'mobileotp',
  otp: 'otp',
  pan: 'pan',
  btype: 'btype',
  gst_num: 'gst_num',
} as Record<string, string>;

const num = (v: unknown) =>
  typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;

/**
 * Turns a partner API failure into what the person at the screen should read and do next.
 * Contact conflicts get one neutral message that never says which detail (or that an
 * account) exists. Unknown errors return null (the caller logs them with a reference).
 */
export function stepErrorFrom(err: unknown, endpoint: string, t: Translate): StepError | null {
  if (err instanceof StepError) return err;
  if (err instanceof PartnerInputError) return new StepError(t('err.check'), mapFields(err.fieldErrors));
  if (!(err instanceof PartnerApiError)) return null;
  if (err.kind !== 'http' || err.status >= 500) {
    return new StepError(t(err.outcomeUnknown ? 'err.upstreamUnknown' : 'err.upstream'), undefined, {
      code: 'upstream',
    });
  }
  const d = err.details ?? {};
  const attemptsLeft = num(d.attempts_left);
  const resendAfterS = num(d.resend_after_s);
  const isAadhaar = endpoint === 'aadhar_verify' || endpoint === 'aadhar_otp';
  switch (err.status) {
    case 400:
      if (attemptsLeft !== undefined) {
        const wrong = Object.fromEntries(Object.keys(err.fieldErrors).map((k) => [FIELD[k] ?? k, [t('v.otpWrong')]]));
        return new StepError(t('err.otpWrong', { n: attemptsLeft }), wrong, { code: 'otp_wrong', attemptsLeft });
      }
      break;
    case 404:
      if (endpoint === 'aadhar_verify') return new StepError(t('err.aadhaarRef'), undefined, { code: 'aadhaar_ref' });
      break;
    case 409:
      if (endpoint === 'register' || endpoint === 'verify_otp') {
        if (err.fieldErrors.email || err.fieldErrors.mobile)
          return new StepError(t('err.contactTaken'), undefined, { code: 'contact_taken' });
      }
      if (endpoint === 'accept_kyc' && Array.isArray(d.missing)) {
        return new StepError(t('err.missing', { steps: d.missing.join(', ') }), undefined, { code: 'missing' });
      }
      if (/no code is pending/i.test(err.upstreamMessage))
        return new StepError(t('err.noPending'), undefined, { code: 'no_pending' });
      return new StepError(t('err.order', { detail: err.upstreamMessage }), undefined, { code: 'order' });
    case 410:
      return new StepError(t('err.otpExpired'), undefined, { code: 'otp_expired' });
    case 429:
      if (resendAfterS !== undefined)
        return new StepError(t('err.resendWait', { s: resendAfterS }), undefined, {
          code: 'resend_wait',
          resendAfterS,
        });
      if (attemptsLeft === 0) {
        return new StepError(t(isAadhaar ? 'err.aadhaarLocked' : 'err.otpLocked'), undefined, {
          code: 'otp_locked',
          attemptsLeft: 0,
        });
      }
      return new StepError(t('err.rateLimited', { min: 1 }), undefined, { code: 'rate_limited' });
    case 422:
      return new StepError(t('err.check'), mapFields(err.fieldErrors), { code: 'invalid' });
  }
  return new StepError(err.userMessage);
}

function mapFields(f: Record<string, string[]>): Record<string, string[]> | undefined {
  const out = Object.fromEntries(Object.entries(f).map(([k, v]) => [FIELD[k] ?? k, v]));
  return Object.keys(out).length > 0 ? out : undefined;
}
