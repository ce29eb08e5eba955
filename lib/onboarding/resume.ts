import 'server-only';
import { getDb, nowIso } from '@/lib/db';
import { env } from '@/lib/env';
import { type Draft, getDraft, updateDraft } from './drafts';
import { deliverResumeLink, type ResumeChannel } from './notify';
import { hashResumeToken, newResumeToken, RESUME_TTL_MS } from './tokens';

export type ResumeLink = { url: string; expiresAt: string; delivered: boolean };

/**
 * A fresh resume link for a draft (replacing any earlier one: one active token per draft),
 * valid 72 hours, delivered to the registration's contact via notify.ts.
 */
export async function createResumeLink(
  draftId: string,
  opts: { channel: ResumeChannel; by: string | null },
): Promise<ResumeLink> {
  const draft = await getDraft(draftId);
  if (!draft) throw new Error(`Onboarding draft ${draftId} not found`);
  if (draft.client_id) throw new Error(`Onboarding draft ${draftId} is already complete`);
  const { token, hash } = newResumeToken();
  const expiresAt = new Date(Date.now() + RESUME_TTL_MS).toISOString();
  await updateDraft(draft, {
    resume_token_hash: hash,
    resume_expires_at: expiresAt,
    resume_used_at: null,
    // Whoever sends the link takes part in the onboarding; keep the first staff member on record.
    ...(opts.by && !draft.created_by ? { created_by: opts.by } : {}),
  });
  const url = `${env().portalUrl.replace(/\/$/, '')}/signup/resume/${token}`;
  const delivered = await deliverResumeLink(
    { email: draft.email, mobile: draft.mobile },
    { url, expiresAt },
    opts.channel,
  );
  return { url, expiresAt, delivered };
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** The draft a resume token opens, or null when unknown, used, replaced, expired or completed. */
export async function draftForResumeToken(token: string): Promise<Draft | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const db = await getDb();
  const draft = await db
    .selectFrom('onboarding_drafts')
    .selectAll()
    .where('resume_token_hash', '=', hashResumeToken(token))
    .executeTakeFirst();
  if (!draft || draft.client_id || !draft.resume_expires_at || draft.resume_used_at) return null;
  return draft.resume_expires_at > nowIso() ? draft : null;
}

export type Redeemed = { status: 'ok'; draft: Draft } | { status: 'used' } | { status: 'invalid' };

/**
 * Opens a resume link ONCE: one conditional UPDATE marks it used, so two devices racing with
 * the same link cannot both get the registration. A used link says so (ask for a new one);
 * unknown, replaced, expired or completed ones are just invalid.
 */
export async function redeemResumeToken(token: string): Promise<Redeemed> {
  if (!TOKEN_SHAPE.test(token)) return { status: 'invalid' };
  const db = await getDb();
  const hash = hashResumeToken(token);
  const now = nowIso();
  const r = await db
    .updateTable('onboarding_drafts')
    .set({ resume_used_at: now })
    .where('resume_token_hash', '=', hash)
    .where('resume_used_at', 'is', null)
    .where('client_id', 'is', null)
    .where('resume_expires_at', '>', now)
    .executeTakeFirst();
  const draft = await db
    .selectFrom('onboarding_drafts')
    .selectAll()
    .where('resume_token_hash', '=', hash)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 1 && draft) return { status: 'ok', draft };
  return draft?.resume_used_at && !draft.client_id ? { status: 'used' } : { status: 'invalid' };
}
