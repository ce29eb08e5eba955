import 'server-only';
import type { Selectable, Updateable } from 'kysely';
import { getDb, nowIso } from '@/lib/db';
import { sortableId } from '@/lib/db/ids';
import type { OnboardingDraftsTable } from '@/lib/db/schema';
import { log } from '@/lib/log';
import { partnerApi } from '@/lib/partner-api';
import { nextStep, type Step } from './steps';

export type Draft = Selectable<OnboardingDraftsTable>;
type DraftChanges = Omit<Updateable<OnboardingDraftsTable>, 'id' | 'stage' | 'created_at' | 'updated_at'>;

export async function getDraft(id: string): Promise<Draft | null> {
  const db = await getDb();
  return (await db.selectFrom('onboarding_drafts').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function findDraftByTempClientId(tempClientId: string): Promise<Draft | null> {
  const db = await getDb();
  const row = await db
    .selectFrom('onboarding_drafts')
    .selectAll()
    .where('temp_client_id', '=', tempClientId)
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
  return row ?? null;
}

export async function findDraftByRequestId(requestId: string): Promise<Draft | null> {
  const db = await getDb();
  const row = await db
    .selectFrom('onboarding_drafts')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
  return row ?? null;
}

const EMPTY = {
  temp_client_id: null,
  request_id: null,
  name: null,
  email: null,
  mobile: null,
  promo: null,
  otp_verified: 0,
  btype: null,
  pan_masked: null,
  pan_name: null,
  aadhaar_last4: null,
  aadhaar_ref: null,
  aadhaar_verified: 0,
  gst_num: null,
  gst_state: null,
  gst_legal_name: null,
  gst_skipped: 0,
  reviewed: 0,
  password_hash: null,
  signature_data_url: null,
  terms_accepted_at: null,
  client_id: null,
  user_id: null,
  created_by: null,
  resume_token_hash: null,
  resume_expires_at: null,
  resume_used_at: null,
} satisfies Omit<Draft, 'id' | 'stage' | 'locale' | 'created_at' | 'updated_at'>;

export async function createDraft(init: DraftChanges & { locale?: string }): Promise<Draft> {
  const db = await getDb();
  const now = nowIso();
  const row: Draft = {
    ...EMPTY,
    locale: 'en',
    ...init,
    id: sortableId(),
    stage: 'account',
    created_at: now,
    updated_at: now,
  } as Draft;
  row.stage = nextStep(row);
  await db.insertInto('onboarding_drafts').values(row).execute();
  return row;
}

/** Applies `changes` and recomputes the stage from what is now on file. */
export async function updateDraft(draft: Draft, changes: DraftChanges): Promise<Draft> {
  const db = await getDb();
  const next = { ...draft, ...changes, updated_at: nowIso() } as Draft;
  next.stage = nextStep(next);
  const { id, created_at: _c, ...rest } = next;
  await db.updateTable('onboarding_drafts').set(rest).where('id', '=', id).execute();
  return next;
}

export type PendingRegistration = {
  temp_client_id: string;
  request_id?: string | null;
  name: string;
  email: string;
  mobile: string;
  stage: string;
  created_at?: string | null;
};

/**
 * The draft for a registration started elsewhere (another device, an older portal, the
 * seed), created on first use so staff can continue it. Returns the draft id.
 */
export async function ensureDraftForPending(p: PendingRegistration, staffUserId: string | null): Promise<string> {
  const existing =
    (await findDraftByTempClientId(p.temp_client_id)) ??
    (p.request_id ? await findDraftByRequestId(p.request_id) : null);
  if (existing) {
    const fill: DraftChanges = {};
    if (!existing.temp_client_id) fill.temp_client_id = p.temp_client_id;
    if (!existing.created_by && staffUserId) fill.created_by = staffUserId;
    if (p.stage !== 'verify_otp' && existing.otp_verified === 0) fill.otp_verified = 1;
    if (Object.keys(fill).length > 0) await updateDraft(existing, fill);
    return existing.id;
  }
  const draft = await createDraft({
    temp_client_id: p.temp_client_id,
    // Without a request id the OTP step cannot resend; such a draft is adoptable after verify_otp only.
    request_id: p.request_id ?? `adopted:${p.temp_client_id}`,
    name: p.name,
    email: p.email,
    mobile: p.mobile,
    otp_verified: p.stage === 'verify_otp' ? 0 : 1,
    created_by: staffUserId,
  });
  if (draft.otp_verified === 1) await syncFromUpstream(draft);
  return draft.id;
}

/**
 * Copies what the API already has on file (PAN, Aadhaar, GST) into an adopted draft, so the
 * wizard does not ask again for steps done elsewhere. Best effort: on failure the wizard
 * simply asks, and the API answers with its stage rules.
 */
export async function syncFromUpstream(draft: Draft): Promise<Draft> {
  if (!draft.temp_client_id || draft.otp_verified === 0 || draft.client_id) return draft;
  try {
    const p = await partnerApi().call('preview_kyc', { temp_client_id: draft.temp_client_id });
    const gst = p.gst && 'gst_num' in p.gst ? p.gst : null;
    return await updateDraft(draft, {
      btype: p.pan?.btype ?? draft.btype,
      pan_masked: p.pan?.pan_masked ?? draft.pan_masked,
      pan_name: p.pan?.name_on_pan ?? draft.pan_name,
      aadhaar_last4: p.aadhaar?.aadhaar_last4 ?? draft.aadhaar_last4,
      aadhaar_verified: p.aadhaar ? 1 : draft.aadhaar_verified,
      gst_num: gst ? String(gst.gst_num) : draft.gst_num,
      gst_state: gst ? String(gst.state) : draft.gst_state,
      gst_legal_name: gst ? String(gst.legal_name) : draft.gst_legal_name,
      gst_skipped: p.gst && 'skipped' in p.gst ? 1 : draft.gst_skipped,
    });
  } catch (err) {
    log.warn({ err, draft: draft.id }, 'onboarding: could not read KYC progress of an adopted registration');
    return draft;
  }
}

export const draftStep = (d: Draft): Step => nextStep(d);
