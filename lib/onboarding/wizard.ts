import 'server-only';
import { hashPassword } from '@/lib/auth/passwords';
import type { MessageKey, Translate } from '@/lib/i18n';
import { partnerApi } from '@/lib/partner-api';
import { completeOnboarding } from './complete';
import { createDraft, type Draft, updateDraft } from './drafts';
import { StepError, stepErrorFrom } from './errors';
import {
  aadhaarOtpSchema,
  aadhaarStepSchema,
  accountSchema,
  gstStepSchema,
  otpPairSchema,
  panStepSchema,
  resendSchema,
  signStepSchema,
} from './schemas';
import { isEditable, nextStep, type Step } from './steps';
import {
  checkAadhaar,
  checkAccount,
  checkGstin,
  checkOtp,
  checkPan,
  checkSign,
  type Problems,
  toFieldErrors,
  type Values,
} from './validate';

/** The wizard's operations, shared by the public signup and the staff console. */
export const OPS = [
  'start',
  'verify_otp',
  'resend_otp',
  'verify_pan',
  'aadhaar_otp',
  'aadhaar_verify',
  'verify_gst',
  'skip_gst',
  'preview',
  'confirm_review',
  'accept',
] as const;
export type Op = (typeof OPS)[number];

/** Which step each operation belongs to (for the "may this still be changed" check). */
const OP_STEP: Record<Op, Step> = {
  start: 'account',
  verify_otp: 'otp',
  resend_otp: 'otp',
  verify_pan: 'pan',
  aadhaar_otp: 'aadhaar',
  aadhaar_verify: 'aadhaar_verify',
  verify_gst: 'gst',
  skip_gst: 'gst',
  preview: 'review',
  confirm_review: 'review',
  accept: 'sign',
};

export type OpContext = { t: Translate; locale: string; staffUserId: string | null; requestId?: string };
export type OpResult = { draft: Draft; data?: Record<string, unknown> };

function ensure(p: Problems, t: Translate) {
  if (Object.keys(p).length > 0) throw new StepError(t('err.check'), toFieldErrors(p, t), { code: 'invalid' });
}

/** Call upstream; known failures become StepErrors in the visitor's language. */
async function call<T>(endpoint: string, t: Translate, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw stepErrorFrom(err, endpoint, t) ?? err;
  }
}

const str = (x: Values, k: string) => (typeof x[k] === 'string' ? (x[k] as string) : '');

export async function runOp(op: Op, draft: Draft | null, raw: Values, ctx: OpContext): Promise<OpResult> {
  const { t } = ctx;
  const api = partnerApi();
  const opts = { requestId: ctx.requestId };
  if (op !== 'start' && !draft) throw new StepError(t('err.noDraft'), undefined, { code: 'no_draft' });
  if (draft?.client_id) throw new StepError(t('err.alreadyComplete'), undefined, { code: 'complete' });
  if (draft && !isEditable(OP_STEP[op], draft)) {
    const due = nextStep(draft);
    throw new StepError(
      OP_STEP[op] === due || isEditable(due, draft)
        ? t('err.notEditable')
        : t('err.order', { detail: t(`steps.${due}` as MessageKey) }),
      undefined,
      { code: 'not_editable' },
    );
  }

  switch (op) {
    case 'start': {
      // Staff never choose (or see) the client's password: the portal sign-in password is set
      // by the client on their own device at the sign step. Upstream still wants one for the
      // registration: a random one nobody is shown (the portal never uses it to sign in).
      const staff = ctx.staffUserId !== null;
      ensure(checkAccount(raw, { requirePassword: !staff }), t);
      const upstreamPassword = staff ? randomPassword() : null;
      const input = accountSchema.parse(
        upstreamPassword ? { ...raw, password: upstreamPassword, confirmPassword: upstreamPassword } : raw,
      );
      const r = await call('register', t, () =>
        api.call(
          'register',
          {
            name: input.name,
            email: input.email,
            mobile: input.mobile,
            password: input.password,
            country_code: '+91',
            promo: input.promo,
          },
          opts,
        ),
      );
      const fields = {
        request_id: r.request_id,
        temp_client_id: null,
        name: input.name,
        email: input.email,
        mobile: input.mobile,
        promo: input.promo ?? null,
        // Staff: none yet (the client sets it when signing); a restarted draft keeps the client's.
        password_hash: staff ? (draft?.password_hash ?? null) : await hashPassword(input.password),
      };
      const next = draft
        ? await updateDraft(draft, fields)
        : await createDraft({ ...fields, created_by: ctx.staffUserId, locale: ctx.locale });
      return { draft: next };
    }
    case 'verify_otp': {
      const d = draft as Draft;
      ensure(checkOtp(raw, ['emailotp', 'mobileotp']), t);
      const input = otpPairSchema.parse(raw);
      const r = await call('verify_otp', t, () =>
        api.call('verify_otp', { request_id: d.request_id ?? '', ...input }, opts),
      );
      return { draft: await updateDraft(d, { temp_client_id: String(r.temp_client_id), otp_verified: 1 }) };
    }
    case 'resend_otp': {
      const d = draft as Draft;
      const { channel } = resendSchema.parse(raw);
      const r = await call('resend_otp', t, () =>
        api.call('resend_otp', { request_id: d.request_id ?? '', type: channel }, opts),
      );
      return { draft: d, data: { resendAfterS: r.resend_after_s ?? 30, channel } };
    }
    case 'verify_pan': {
      const d = draft as Draft;
      ensure(
        checkPan(raw, (b) => t(`btype.${b}`)),
        t,
      );
      const input = panStepSchema.parse(raw);
      const r = await call('verify_pan', t, () => api.call('verify_pan', { temp_client_id: tmp(d), ...input }, opts));
      return { draft: await updateDraft(d, { btype: r.btype, pan_masked: r.pan_masked, pan_name: r.name_on_pan }) };
    }
    case 'aadhaar_otp': {
      const d = draft as Draft;
      ensure(checkAadhaar(raw), t);
      const { aadhaar } = aadhaarStepSchema.parse(raw);
      const r = await call('aadhar_otp', t, () =>
        api.call('aadhar_otp', { temp_client_id: tmp(d), aadhar_num: aadhaar }, opts),
      );
      // Only the last four digits are kept; the full number is dropped with this request.
      const next = await updateDraft(d, { aadhaar_ref: r.ref, aadhaar_last4: aadhaar.slice(-4), aadhaar_verified: 0 });
      return { draft: next, data: { resendAfterS: 30 } };
    }
    case 'aadhaar_verify': {
      const d = draft as Draft;
      ensure(checkOtp(raw, ['otp']), t);
      const { otp } = aadhaarOtpSchema.parse(raw);
      const r = await call('aadhar_verify', t, () =>
        api.call('aadhar_verify', { temp_client_id: tmp(d), otp, ref: d.aadhaar_ref ?? '' }, opts),
      );
      return {
        draft: await updateDraft(d, { aadhaar_verified: 1, aadhaar_last4: r.aadhaar_last4 || d.aadhaar_last4 }),
      };
    }
    case 'verify_gst': {
      const d = draft as Draft;
      ensure(checkGstin(raw, { full: str(raw, 'pan') || null, masked: d.pan_masked }), t);
      const { gst_num } = gstStepSchema.parse(raw);
      const r = await call('verify_gst', t, () => api.call('verify_gst', { temp_client_id: tmp(d), gst_num }, opts));
      const gst = { gst_num: r.gst_num, gst_state: r.state, gst_legal_name: r.legal_name, gst_skipped: 0, reviewed: 0 };
      return { draft: await updateDraft(d, gst) };
    }
    case 'skip_gst': {
      const d = draft as Draft;
      await call('skip_gst', t, () => api.call('skip_gst', { temp_client_id: tmp(d) }, opts));
      const gst = { gst_num: null, gst_state: null, gst_legal_name: null, gst_skipped: 1, reviewed: 0 };
      return { draft: await updateDraft(d, gst) };
    }
    case 'preview': {
      const d = draft as Draft;
      const p = await call('preview_kyc', t, () => api.call('preview_kyc', { temp_client_id: tmp(d) }, opts));
      return { draft: d, data: { preview: p } };
    }
    case 'confirm_review': {
      const d = draft as Draft;
      const p = await call('preview_kyc', t, () => api.call('preview_kyc', { temp_client_id: tmp(d) }, opts));
      if (p.missing.length > 0)
        throw new StepError(t('err.missing', { steps: p.missing.join(', ') }), undefined, { code: 'missing' });
      return { draft: await updateDraft(d, { reviewed: 1 }) };
    }
    case 'accept':
      return accept(draft as Draft, raw, ctx);
  }
}

/** Consent is the client's own: the console hands off instead (see components/onboarding/step-sign.tsx). */
export const STAFF_CANNOT_SIGN =
  'Only the client can sign and accept the terms. Hand the registration off: the client finishes on their own device.';

async function accept(d: Draft, raw: Values, ctx: OpContext): Promise<OpResult> {
  const { t } = ctx;
  if (ctx.staffUserId !== null) throw new StepError(STAFF_CANNOT_SIGN, undefined, { code: 'staff_sign' });
  const needsPassword = d.password_hash === null;
  ensure(checkSign(raw, { hasSavedSignature: d.signature_data_url !== null, needsPassword }), t);
  const input = signStepSchema.parse(raw);
  // Saved first, so a failed accept (upstream fault) does not make the person sign again.
  let draft = await updateDraft(d, {
    signature_data_url: input.signature ?? d.signature_data_url,
    terms_accepted_at: new Date().toISOString(),
    ...(needsPassword ? { password_hash: await hashPassword(input.password ?? '') } : {}),
  });
  const r = await call('accept_kyc', t, () =>
    partnerApi().call(
      'accept_kyc',
      { temp_client_id: tmp(draft), signature: draft.signature_data_url ?? undefined },
      { requestId: ctx.requestId },
    ),
  );
  const done = await completeOnboarding(draft, String(r.client_id));
  draft = done.draft;
  return { draft, data: { clientId: String(r.client_id), accountExists: done.accountExists } };
}

/** 24 random bytes, with each character class the provider may ask for. */
function randomPassword(): string {
  return `Aa1-${Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString('base64url')}`;
}

function tmp(d: Draft): string {
  if (!d.temp_client_id) throw new Error(`draft ${d.id} has no temp_client_id after verify_otp`);
  return d.temp_client_id;
}
