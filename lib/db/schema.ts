import type { Generated } from 'kysely';

/**
 * The portal's own tables. Portable across SQLite and PostgreSQL: times are ISO-8601 text,
 * booleans are 0/1 integers, ids are text, money is integer paise.
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: string;
  client_id: string | null;
  disabled: number;
  /** Bumped to sign the user out everywhere (migration 0006). */
  session_version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** One row per sign-in: the JWT's `sid` (lib/auth/sessions.ts). */
export interface AuthSessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  user_agent: string | null;
  ip: string | null;
  revoked_at: string | null;
}

/** Events counted by the one rate limiter (lib/rate-limit.ts). */
export interface RateEventsTable {
  id: string;
  bucket: string;
  key: string;
  at: string;
}

/** One row per rate-limited key, locked while counting (lib/rate-limit.ts). */
export interface RateKeysTable {
  id: string;
  touched_at: string;
}

/** First-run setup's claim row (app/(auth)/setup/actions.ts). */
export interface SetupClaimsTable {
  id: string;
  claimed_at: string;
}

/** Per-account progressive sign-in delay (lib/rate-limit.ts). */
export interface SignInBackoffTable {
  account: string;
  failures: number;
  next_at: string | null;
  updated_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  user_id: string | null;
  user_email: string | null;
  role: string | null;
  client_id: string | null;
  action: string;
  input: string;
  outcome: string;
  message: string | null;
  ip: string | null;
  request_id: string | null;
  /** Set when a staff member acted inside a client's workspace (migration 0011). */
  acting_as_client_id?: string | null;
  acting_session_id?: string | null;
}

export interface BrandSettingsTable {
  id: string;
  name: string;
  logo_data_url: string | null;
  primary_color: string;
  support_email: string | null;
  support_phone: string | null;
  terms_url: string | null;
  privacy_url: string | null;
  updated_at: string;
}

export interface IdempotencyTable {
  key: string;
  action: string;
  user_id: string;
  client_id: string | null;
  request_hash: string;
  status: string;
  result: string | null;
  created_at: string;
  updated_at: string;
}

export interface PortalSettingsTable {
  key: string;
  /** JSON of the value, validated by lib/settings.ts on read and write. */
  value: string;
  updated_by: string | null;
  updated_at: string;
}

/** The latest status change's reason per client (migration 0010; lib/clients/status-notes.ts). */
export interface ClientStatusNotesTable {
  client_id: string;
  active: number;
  reason: string;
  set_by_user_id: string | null;
  set_by_email: string | null;
  set_at: string;
}

export interface UserTokensTable {
  id: string;
  token_hash: string;
  purpose: string;
  email: string;
  role: string;
  client_id: string | null;
  user_id: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ActingSessionsTable {
  id: string;
  user_id: string;
  client_id: string;
  reason: string;
  started_at: string;
  expires_at: string;
  ended_at: string | null;
}

export interface PartnerCallStatsTable {
  minute: string;
  endpoint: string;
  grp: string;
  calls: number;
  errors: number;
  total_ms: number;
  /** JSON array of counts per latency bucket (lib/partner-api/metrics BUCKETS_MS). */
  buckets: string;
}

/** Flows the portal created or edited (upstream has no list endpoint); migration 0008. */
export interface FlowRegistryTable {
  client_id: string;
  flow_id: string;
  name: string;
  /** JSON of lib/flows/definition.ts FlowDefinition. */
  definition: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface FlowVersionsTable {
  client_id: string;
  flow_id: string;
  version: number;
  definition: string;
  saved_by: string;
  saved_at: string;
}

export interface ClientsMirrorTable {
  client_id: string;
  name: string;
  email: string;
  mobile: string;
  active: number;
  balance_paise: number;
  valid_till: string | null;
  valid_till_iso: string | null;
  created_at: string | null;
  created_at_iso: string | null;
  haystack: string;
  mobile_digits: string;
  sort_name: string;
  generation: number;
}

export interface MirrorStateTable {
  name: string;
  generation: number;
  refreshed_at: string | null;
  lease_until: string | null;
  lease_owner: string | null;
  /** Bumped whenever mirror rows are rewritten (migration 0014): the billing overview's memo key. */
  version: Generated<number>;
}

/** The billing overview's spend per client (lib/billing/summary.ts). */
export interface BillingSpendTable {
  client_id: string;
  month_paise: number;
  last_month_paise: number;
  last30_paise: number;
  last_spend_at: string | null;
  refreshed_at: string;
}

export interface BillingStateTable {
  name: string;
  refreshed_at: string | null;
  month: string | null;
  clients: Generated<number>;
  failed: Generated<number>;
  lease_until: string | null;
  lease_owner: string | null;
}

export interface PortalTables {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  rate_events: RateEventsTable;
  rate_keys: RateKeysTable;
  sign_in_backoff: SignInBackoffTable;
  setup_claims: SetupClaimsTable;
  audit_log: AuditLogTable;
  brand_settings: BrandSettingsTable;
  idempotency: IdempotencyTable;
  portal_settings: PortalSettingsTable;
  client_status_notes: ClientStatusNotesTable;
  user_tokens: UserTokensTable;
  acting_sessions: ActingSessionsTable;
  partner_call_stats: PartnerCallStatsTable;
  flow_registry: FlowRegistryTable;
  flow_versions: FlowVersionsTable;
  clients_mirror: ClientsMirrorTable;
  mirror_state: MirrorStateTable;
  billing_spend: BillingSpendTable;
  billing_state: BillingStateTable;
  onboarding_drafts: OnboardingDraftsTable;
}

export interface Database extends PortalTables {}

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
