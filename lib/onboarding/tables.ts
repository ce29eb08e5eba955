/**
 * Onboarding drafts: the portal's memory of a registration in progress, so the wizard can be
 * resumed after a reload, on another device or by staff. Never holds OTPs, the full Aadhaar
 * number or the full PAN; the password hash and the signature are deleted on completion.
 */
export interface OnboardingDraftsTable {
  id: string;
  /** Issued by verify_otp (or learnt from `pending` when a registration is adopted). */
  temp_client_id: string | null;
  request_id: string | null;
  /** The next wizard step due (see steps.ts); kept for listing, recomputed on every change. */
  stage: string;
  name: string | null;
  email: string | null;
  mobile: string | null;
  promo: string | null;
  otp_verified: number;
  btype: string | null;
  pan_masked: string | null;
  pan_name: string | null;
  aadhaar_last4: string | null;
  /** The reference aadhar_otp returned: needed by aadhar_verify, not a secret. */
  aadhaar_ref: string | null;
  aadhaar_verified: number;
  gst_num: string | null;
  gst_state: string | null;
  gst_legal_name: string | null;
  gst_skipped: number;
  reviewed: number;
  /** argon2id of the password chosen at registration, until the portal login exists. */
  password_hash: string | null;
  /** PNG data URL, kept only until accept_kyc succeeds (so a failed accept needs no redraw). */
  signature_data_url: string | null;
  terms_accepted_at: string | null;
  client_id: string | null;
  user_id: string | null;
  /** Staff user who started or adopted it; null for a self-signup. */
  created_by: string | null;
  /** sha256 of the resume token; the token itself is only ever in the link. */
  resume_token_hash: string | null;
  resume_expires_at: string | null;
  /** Set when the resume link was opened: links are single-use (migration 0006). */
  resume_used_at: string | null;
  locale: string;
  created_at: string;
  updated_at: string;
}

export interface OnboardingTables {
  onboarding_drafts: OnboardingDraftsTable;
}
