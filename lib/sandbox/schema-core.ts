/**
 * Core sandbox tables (registration & KYC, clients, DIDs, wallet, schedules, faults).
 * Portable across SQLite and PostgreSQL: ISO text times, 0/1 integers, money in integer
 * paise, ids as text (numeric strings come from sbx_counters, never autoincrement).
 */
export interface SbxCountersTable {
  name: string;
  value: number;
}

export interface SbxRegistrationsTable {
  request_id: string;
  /** Issued by verify_otp; KYC calls address the registration by it. */
  temp_client_id: string | null;
  name: string;
  email: string;
  mobile: string;
  country_code: string;
  /** scrypt$<salt>$<hash>: the portal later creates the end-client's login from it. */
  password_hash: string;
  promo: string | null;
  /** The next step due: verify_otp, verify_pan, aadhar_otp, aadhar_verify, verify_gst, accept_kyc, done. */
  stage: string;
  pan: string | null;
  pan_name: string | null;
  pan_btype: string | null;
  /** Only the last four digits of Aadhaar are ever stored (design rule 7). */
  aadhaar_last4: string | null;
  aadhaar_name: string | null;
  aadhaar_ref: string | null;
  gst_num: string | null;
  gst_legal_name: string | null;
  gst_state: string | null;
  gst_skipped: number;
  /** Whether a signature came with accept_kyc; the image itself is never kept. */
  signed: number;
  client_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface SbxOtpsTable {
  id: string;
  request_id: string;
  recipient: string;
  channel: string; // email | mobile
  purpose: string; // registration | aadhaar | resume
  code: string;
  expires_at: string;
  attempts: number;
  locked: number;
  /** 1 once used or superseded by a resend. */
  consumed: number;
  created_at: string;
}

export interface SbxInboxTable {
  id: string;
  recipient: string;
  channel: string;
  purpose: string;
  code: string;
  body: string;
  sent_at: string;
}

export interface SbxClientsTable {
  client_id: string;
  name: string;
  email: string;
  mobile: string;
  country_code: string;
  status: string; // '1' active, '0' inactive
  valid_till: string | null;
  created_at: string;
  updated_at: string;
  /** JSON summary: {pan_masked, name_on_pan, btype, aadhaar_last4, gst_num, gst_skipped}. */
  kyc: string;
}

export interface SbxDidsTable {
  number: string;
  /** Digits after the country code; search patterns match against it. */
  national: string;
  region_id: string;
  country_code: string;
  setup_cost: number;
  monthly_cost: number;
  client_id: string | null;
  did_id: string | null;
  status: string; // available | active
  flow_id: string | null;
  agent_ext: string | null;
  purchased_at: string | null;
}

export interface SbxWalletTransactionsTable {
  id: string;
  /** Numeric sequence, for stable newest-first ordering within the same second. */
  seq: number;
  client_id: string;
  created_at: string;
  type: string; // credit | debit
  expense_type: string;
  amount: number; // paise, always positive
  balance_after: number; // paise
  did: string | null;
  description: string;
}

export interface SbxFaultsTable {
  id: string;
  endpoint: string;
  kind: string; // latency | error | timeout | malformed
  status: number | null;
  ms: number | null;
  remaining: number;
  created_at: string;
  /** Only calls naming this client are hit; null: every call of the endpoint. */
  client_id: string | null;
}

export interface SbxSchedulesTable {
  owner_kind: string; // did | agent | whatsapp
  owner_id: string;
  client_id: string;
  timezone: string;
  working_hours: string; // JSON
  updated_at: string;
}

export interface SbxHolidaysTable {
  holiday_id: string;
  owner_kind: string;
  owner_id: string;
  client_id: string;
  name: string;
  date: string; // YYYY-MM-DD
  created_at: string;
}

export interface SandboxCoreTables {
  sbx_counters: SbxCountersTable;
  sbx_registrations: SbxRegistrationsTable;
  sbx_otps: SbxOtpsTable;
  sbx_inbox: SbxInboxTable;
  sbx_clients: SbxClientsTable;
  sbx_dids: SbxDidsTable;
  sbx_wallet_transactions: SbxWalletTransactionsTable;
  sbx_faults: SbxFaultsTable;
  sbx_schedules: SbxSchedulesTable;
  sbx_holidays: SbxHolidaysTable;
}
