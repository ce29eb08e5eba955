import 'server-only';
import type { DB } from '@/lib/db';
import { checksFor, consume, contactKeys } from '@/lib/rate-limit';
import { normalizeIndianMobile } from '@/lib/validation';
import type { Draft } from './drafts';
import { StepError } from './errors';
import { resendSchema } from './schemas';
import { checkAadhaar, checkAccount, checkOtp, type Values } from './validate';
import type { Op } from './wizard';

const isValid = (p: Record<string, unknown>) => Object.keys(p).length === 0;

/**
 * The public signup's limits (lib/rate-limit.ts) around one wizard operation:
 * - only well-formed requests are charged, so an invalid start naming someone's email never
 *   counts against that email;
 * - sends (start, resend, Aadhaar OTP) per address, contact and draft; a send that failed on
 *   bad input gives its charge back;
 * - OTP checks per registration, independent of the upstream's own lock (a live API that
 *   forgets to lock still cannot be brute-forced): only a wrong code keeps its charge.
 * Returns `{ refused: seconds }` instead of running when a limit is reached.
 */
export async function withPublicLimits<T>(
  db: DB,
  op: Op,
  draft: Draft | null,
  v: Values,
  ip: string | null,
  run: () => Promise<T>,
): Promise<T | { refused: number }> {
  const charge = await chargeFor(db, op, draft, v, ip);
  if (charge && !charge.ok) return { refused: charge.retryAfterS };
  const otpCheck = op === 'verify_otp' || op === 'aadhaar_verify';
  try {
    const result = await run();
    if (charge?.ok && otpCheck) await charge.release(); // a right code gives its attempt back
    return result;
  } catch (err) {
    const code = err instanceof StepError ? err.detail.code : undefined;
    const keep = otpCheck ? code === 'otp_wrong' : code !== 'invalid';
    if (charge?.ok && !keep) await charge.release();
    throw err;
  }
}

function chargeFor(db: DB, op: Op, draft: Draft | null, v: Values, ip: string | null) {
  const text = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
  if (op === 'start') {
    if (!isValid(checkAccount(v, { requirePassword: true }))) return null;
    const contacts = contactKeys({ email: text('email').trim(), mobile: normalizeIndianMobile(text('mobile')) });
    return consume(db, 'signup-start', checksFor('signup-start', ip, contacts));
  }
  if (!draft) return null;
  const sends =
    (op === 'resend_otp' && resendSchema.safeParse(v).success) || (op === 'aadhaar_otp' && isValid(checkAadhaar(v)));
  if (sends) {
    const contacts = contactKeys({ email: draft.email, mobile: draft.mobile, draftId: draft.id });
    return consume(db, 'otp-send', checksFor('otp-send', ip, contacts));
  }
  // Per registration: a restart with new details is a new registration upstream too.
  if (op === 'verify_otp' && isValid(checkOtp(v, ['emailotp', 'mobileotp'])))
    return consume(db, 'otp-verify', checksFor('otp-verify', ip, [`otp:${draft.request_id ?? draft.id}`]));
  if (op === 'aadhaar_verify' && isValid(checkOtp(v, ['otp'])))
    return consume(db, 'otp-verify', checksFor('otp-verify', ip, [`aadhaar:${draft.temp_client_id ?? draft.id}`]));
  return null;
}
