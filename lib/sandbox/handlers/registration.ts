import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { type Handler, SandboxError } from '@/lib/sandbox/core';
import { nextId } from '@/lib/sandbox/ids';
import { type Channel, checkOtps, cooldownLeft, isLocked, RESEND_COOLDOWN_S, sendOtp } from '@/lib/sandbox/otp-store';
import { contactTaken, findByRequestId, hashPassword, updateRegistration } from '@/lib/sandbox/registration-store';
import { parseBody, reqStr } from '@/lib/sandbox/util';
import { emailSchema, indianMobileSchema } from '@/lib/validation';

const text = (max: number) =>
  z.string({ error: 'This field is required' }).trim().min(1, { error: 'This field is required' }).max(max);

const registerSchema = z.object({
  name: text(100),
  email: emailSchema,
  mobile: z.string({ error: 'This field is required' }),
  password: z.string({ error: 'This field is required' }).min(8, { error: 'Use at least 8 characters' }).max(128),
  country_code: z
    .string({ error: 'This field is required' })
    .trim()
    .regex(/^\+\d{1,4}$/, { error: 'A dialling code such as +91' }),
  promo: z.string().trim().max(40).optional(),
});

const otherMobileSchema = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{6,14}$/, { error: 'Enter the mobile number in digits' }));

/** Indian mobiles get the numbering-plan check, others a digits check; all errors at once. */
function parseRegistration(body: Record<string, unknown>) {
  const cc = typeof body.country_code === 'string' ? body.country_code.trim() : '+91';
  const mobileSchema = cc === '+91' ? indianMobileSchema : otherMobileSchema;
  const errors: Record<string, string[]> = {};
  let input: z.output<typeof registerSchema> | undefined;
  try {
    input = parseBody(registerSchema, body);
  } catch (e) {
    if (!(e instanceof SandboxError)) throw e;
    Object.assign(errors, e.errors);
  }
  const mobile = mobileSchema.safeParse(body.mobile ?? '');
  if (!mobile.success) errors.mobile = [mobile.error.issues[0]?.message ?? 'Invalid mobile'];
  if (!input || !mobile.success) throw new SandboxError(422, `Invalid ${Object.keys(errors).join(', ')}`, errors);
  return { ...input, mobile: mobile.data };
}

const register: Handler = async (ctx, body) => {
  const input = parseRegistration(body);
  const taken = await contactTaken(ctx, input.email, input.mobile);
  if (taken) throw new SandboxError(409, 'Email or mobile is already registered', taken);
  const requestId = `req_${randomBytes(5).toString('hex')}`;
  const now = ctx.now().toISOString();
  await ctx.db
    .insertInto('sbx_registrations')
    .values({
      request_id: requestId,
      // Assigned now so `pending` can name every registration; handed out by verify_otp only.
      temp_client_id: `tmp_${await nextId(ctx, 'temp')}`,
      name: input.name,
      email: input.email,
      mobile: input.mobile,
      country_code: input.country_code,
      password_hash: await hashPassword(input.password),
      promo: input.promo || null,
      stage: 'verify_otp',
      gst_skipped: 0,
      signed: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await sendOtp(ctx, { requestId, purpose: 'registration', channel: 'email', to: input.email });
  await sendOtp(ctx, { requestId, purpose: 'registration', channel: 'mobile', to: input.mobile });
  return { message: 'OTP sent to email and mobile', data: { request_id: requestId } };
};

async function requireOtpStage(ctx: Parameters<Handler>[0], requestId: string) {
  const r = await findByRequestId(ctx, requestId);
  if (!r) throw new SandboxError(404, `Registration ${requestId} not found`);
  if (r.stage !== 'verify_otp') throw new SandboxError(409, 'Email and mobile are already verified');
  return r;
}

const verifyOtp: Handler = async (ctx, body) => {
  const requestId = reqStr(body, 'request_id');
  const codes = { email: reqStr(body, 'emailotp'), mobile: reqStr(body, 'mobileotp') };
  const r = await requireOtpStage(ctx, requestId);
  await checkOtps(ctx, requestId, 'registration', codes);
  // Someone else may have verified the same email or mobile since this one registered.
  const taken = await contactTaken(ctx, r.email, r.mobile, requestId);
  if (taken) throw new SandboxError(409, 'Email or mobile is already registered', taken);
  await updateRegistration(ctx, r, { stage: 'verify_pan' });
  return { message: 'Email and mobile verified', data: { temp_client_id: r.temp_client_id } };
};

const TYPES = ['email', 'mobile', 'both'] as const;

const resendOtp: Handler = async (ctx, body) => {
  const requestId = reqStr(body, 'request_id');
  const type = reqStr(body, 'type') as (typeof TYPES)[number];
  if (!TYPES.includes(type)) throw new SandboxError(422, 'Invalid type', { type: ['One of email, mobile, both'] });
  const r = await requireOtpStage(ctx, requestId);
  if (await isLocked(ctx, requestId, 'registration')) {
    throw new SandboxError(429, 'Too many wrong codes: this request is locked', undefined, { attempts_left: 0 });
  }
  const channels: Channel[] = type === 'both' ? ['email', 'mobile'] : [type];
  let wait = 0;
  for (const ch of channels) wait = Math.max(wait, await cooldownLeft(ctx, requestId, 'registration', ch));
  if (wait > 0) {
    throw new SandboxError(429, `Wait ${wait} s before asking for another code`, undefined, { resend_after_s: wait });
  }
  for (const ch of channels) {
    await sendOtp(ctx, { requestId, purpose: 'registration', channel: ch, to: ch === 'email' ? r.email : r.mobile });
  }
  return {
    message: `OTP resent to ${type === 'both' ? 'email and mobile' : type}`,
    data: { request_id: requestId, type, resend_after_s: RESEND_COOLDOWN_S },
  };
};

export const handlers: Record<string, Handler> = {
  register,
  verify_otp: verifyOtp,
  resend_otp: resendOtp,
};
