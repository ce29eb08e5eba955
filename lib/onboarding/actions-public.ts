'use server';

import { cookies } from 'next/headers';
import { type AuditOutcome, appendAudit } from '@/lib/audit/log';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { getMessages, isLocale, LOCALE_COOKIE, type Translate, translator } from '@/lib/i18n';
import { getLocale } from '@/lib/i18n/server';
import { log } from '@/lib/log';
import { checksFor, consume, contactKeys } from '@/lib/rate-limit';
import { requestMeta } from '@/lib/request-meta';
import { updateDraft } from './drafts';
import { StepError } from './errors';
import { withPublicLimits } from './public-limits';
import { cleanValues, type StepResult } from './result';
import { createResumeLink } from './resume';
import { bindDraftCookie, clearDraftCookie, draftFromCookie } from './session';
import { nextStep } from './steps';
import { maskEmail, maskMobile } from './view';
import { OPS, type Op, runOp } from './wizard';

/**
 * The public self-signup's actions. There is no session, so they cannot use defineAction;
 * each one authorizes itself instead: it acts only on the draft bound to this browser by the
 * signed httpOnly cookie (a draft id in the body is never trusted), is rate-limited per IP and
 * per contact where it sends messages, zod-validated (wizard.ts) and audited.
 */
async function audit(
  action: string,
  input: unknown,
  outcome: AuditOutcome,
  meta: { ip: string | null; requestId: string },
  extra: { clientId?: string | null; message?: string } = {},
) {
  await appendAudit(await getDb(), {
    userId: null,
    userEmail: null,
    role: null,
    clientId: extra.clientId ?? null,
    action,
    input,
    outcome,
    message: extra.message ?? null,
    ip: meta.ip,
    requestId: meta.requestId,
  });
}

function refusal(op: Op, retryAfterS: number, t: Translate): StepResult {
  const min = Math.max(1, Math.ceil(retryAfterS / 60));
  const otpCheck = op === 'verify_otp' || op === 'aadhaar_verify';
  return {
    ok: false,
    message: otpCheck ? t('err.otpTooMany', { min }) : t('err.rateLimited', { min }),
    detail: { code: otpCheck ? 'otp_too_many' : 'rate_limited', resendAfterS: retryAfterS },
  };
}

/** Whoever holds this browser (or a resume link) sees the contact details masked. */
function maskPreview(data: Record<string, unknown> | undefined) {
  const p = data?.preview as { email?: string; mobile?: string } | undefined;
  if (!p) return data;
  return { ...data, preview: { ...p, email: maskEmail(p.email ?? null), mobile: maskMobile(p.mobile ?? null) } };
}

export async function runPublicStep(op: Op, input: Record<string, string>): Promise<StepResult> {
  const locale = await getLocale();
  const t = translator(getMessages(locale));
  const meta = await requestMeta();
  const values = cleanValues(input);
  const action = `onboarding.self.${OPS.includes(op) ? op : 'unknown'}`;
  if (!OPS.includes(op)) return { ok: false, message: t('err.check') };
  const draft = await draftFromCookie();
  const audited = { ...values, draft_id: draft?.id ?? null };

  try {
    const r = await withPublicLimits(await getDb(), op, draft, values, meta.ip, () =>
      runOp(op, draft, values, { t, locale, staffUserId: null, requestId: meta.requestId }),
    );
    if ('refused' in r) {
      await audit(action, audited, 'denied', meta, { message: 'rate limited' });
      return refusal(op, r.refused, t);
    }
    if (!draft || draft.id !== r.draft.id) await bindDraftCookie(r.draft.id);
    await audit(action, { ...audited, draft_id: r.draft.id }, 'ok', meta, { clientId: r.draft.client_id });
    return { ok: true, step: nextStep(r.draft), data: maskPreview(r.data) };
  } catch (err) {
    if (err instanceof StepError) {
      await audit(action, audited, err.detail.code === 'invalid' ? 'invalid' : 'error', meta, { message: err.message });
      return { ok: false, message: err.message, fieldErrors: err.fieldErrors, detail: err.detail };
    }
    const ref = meta.requestId.slice(0, 8).toUpperCase();
    log.error({ err, ref, action }, 'onboarding step failed');
    await audit(action, audited, 'error', meta, { message: `unexpected (ref ${ref})` });
    return { ok: false, message: t('err.generic', { ref }), ref };
  }
}

/** "Continue on another device": a resume link to the registration's own email and mobile. */
export async function sendSelfResumeLink(): Promise<StepResult> {
  const t = translator(getMessages(await getLocale()));
  const meta = await requestMeta();
  const draft = await draftFromCookie();
  if (!draft || draft.client_id || !draft.request_id) return { ok: false, message: t('err.noDraft') };
  const contacts = contactKeys({ email: draft.email, mobile: draft.mobile, draftId: draft.id });
  const limit = await consume(await getDb(), 'otp-send', checksFor('otp-send', meta.ip, contacts));
  if (!limit.ok) {
    await audit('onboarding.self.resume-link', { draft_id: draft.id }, 'denied', meta, { message: 'rate limited' });
    return { ok: false, message: t('err.rateLimited', { min: Math.ceil(limit.retryAfterS / 60) }) };
  }
  // The URL is not returned: it goes only to the contact details on file.
  await createResumeLink(draft.id, { channel: 'both', by: null });
  await audit('onboarding.self.resume-link', { draft_id: draft.id }, 'ok', meta);
  return { ok: true, step: nextStep(draft), message: t('resume.sent') };
}

export async function switchLocale(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    sameSite: 'lax',
    secure: env().isProduction,
    maxAge: 365 * 24 * 60 * 60,
  });
  const draft = await draftFromCookie();
  if (draft && !draft.client_id) await updateDraft(draft, { locale });
}

/** Leaves the current registration (it stays on the staff board) and starts afresh. */
export async function startOver(): Promise<void> {
  await clearDraftCookie();
}
