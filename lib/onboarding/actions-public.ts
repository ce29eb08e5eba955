'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import { publicAction } from '@/lib/action';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { getMessages, isLocale, LOCALE_COOKIE, type Translate, translator } from '@/lib/i18n';
import { getLocale } from '@/lib/i18n/server';
import { log } from '@/lib/log';
import { checksFor, consume, contactKeys } from '@/lib/rate-limit';
import { updateDraft } from './drafts';
import { StepError } from './errors';
import { withPublicLimits } from './public-limits';
import { cleanValues } from './result';
import { createResumeLink } from './resume';
import { bindDraftCookie, clearDraftCookie, draftFromCookie } from './session';
import { nextStep, type Step } from './steps';
import { maskEmail, maskMobile } from './view';
import { OPS, type Op, runOp } from './wizard';

/**
 * The public self-signup's actions, on publicAction (raw argument shape, zod, audit, error
 * reference). There is no session: each one acts only on the draft bound to this browser by
 * the signed httpOnly cookie (a draft id in the body is never trusted), and is limited per
 * address, contact and registration (public-limits.ts). Field checks and messages in the
 * visitor's language come from the wizard (wizard.ts, validate.ts). Components call these
 * through lib/onboarding/public-step.ts, which keeps the wizard's StepResult shape.
 */
/** `clientId`: set once the registration became a client (their own id; for the audit row). */
export type PublicStepData = { step: Step; data?: Record<string, unknown>; message?: string; clientId?: string | null };

function refusal(op: Op, retryAfterS: number, t: Translate): StepError {
  const min = Math.max(1, Math.ceil(retryAfterS / 60));
  const otpCheck = op === 'verify_otp' || op === 'aadhaar_verify';
  return new StepError(otpCheck ? t('err.otpTooMany', { min }) : t('err.rateLimited', { min }), undefined, {
    code: otpCheck ? 'otp_too_many' : 'rate_limited',
    resendAfterS: retryAfterS,
  });
}

/** Whoever holds this browser (or a resume link) sees the contact details masked. */
function maskPreview(data: Record<string, unknown> | undefined) {
  const p = data?.preview as { email?: string; mobile?: string } | undefined;
  if (!p) return data;
  return { ...data, preview: { ...p, email: maskEmail(p.email ?? null), mobile: maskMobile(p.mobile ?? null) } };
}

/** Unexpected failures still answer in the visitor's language, with a reference to quote. */
function unexpected(err: unknown, t: Translate, requestId: string, action: string): StepError {
  const ref = requestId.slice(0, 8).toUpperCase();
  log.error({ err, ref, action }, 'onboarding step failed');
  return new StepError(t('err.generic', { ref }), undefined, { code: 'unexpected' });
}

// The op plus the step's fields, all short strings (the signature is a data URL).
const stepSchema = z.object({ op: z.enum(OPS) }).catchall(z.string().max(2_000_000));

export const publicStep = publicAction({
  name: 'onboarding.self.step',
  schema: stepSchema,
  run: async (input, ctx): Promise<PublicStepData> => {
    const { op, ...rest } = input;
    const locale = await getLocale();
    const t = translator(getMessages(locale));
    const values = cleanValues(rest);
    const draft = await draftFromCookie();
    let r: Awaited<ReturnType<typeof runOp>> | { refused: number };
    try {
      r = await withPublicLimits(await getDb(), op, draft, values, ctx.ip, () =>
        runOp(op, draft, values, { t, locale, staffUserId: null, requestId: ctx.requestId }),
      );
    } catch (err) {
      throw err instanceof StepError ? err : unexpected(err, t, ctx.requestId, `onboarding.self.${op}`);
    }
    if ('refused' in r) throw refusal(op, r.refused, t);
    if (!draft || draft.id !== r.draft.id) await bindDraftCookie(r.draft.id);
    return { step: nextStep(r.draft), data: maskPreview(r.data), clientId: r.draft.client_id };
  },
  auditClientId: (_input, data) => data?.clientId ?? null,
});

/** "Continue on another device": a resume link to the registration's own email and mobile. */
export const sendSelfResumeLink = publicAction({
  name: 'onboarding.self.resume-link',
  schema: z.object({}),
  run: async (_input, ctx): Promise<PublicStepData> => {
    const t = translator(getMessages(await getLocale()));
    const draft = await draftFromCookie();
    if (!draft || draft.client_id || !draft.request_id) throw new StepError(t('err.noDraft'));
    const contacts = contactKeys({ email: draft.email, mobile: draft.mobile, draftId: draft.id });
    const limit = await consume(await getDb(), 'otp-send', checksFor('otp-send', ctx.ip, contacts));
    if (!limit.ok) throw refusal('resend_otp', limit.retryAfterS, t);
    // The URL is not returned: it goes only to the contact details on file.
    await createResumeLink(draft.id, { channel: 'both', by: null });
    return { step: nextStep(draft), message: t('resume.sent') };
  },
});

export const switchLocale = publicAction({
  name: 'onboarding.self.locale',
  schema: z.object({ locale: z.string().max(10) }),
  audit: false,
  run: async ({ locale }) => {
    if (!isLocale(locale)) return null;
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: '/',
      sameSite: 'lax',
      secure: env().isProduction,
      maxAge: 365 * 24 * 60 * 60,
    });
    const draft = await draftFromCookie();
    if (draft && !draft.client_id) await updateDraft(draft, { locale });
    return null;
  },
});

/** Leaves the current registration (it stays on the staff board) and starts afresh. */
export const startOver = publicAction({
  name: 'onboarding.self.start-over',
  schema: z.object({}),
  run: async () => {
    await clearDraftCookie();
    return null;
  },
});
