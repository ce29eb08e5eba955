import type { OnboardingTables } from '@/lib/onboarding/tables';
import type { SandboxTables } from '@/lib/sandbox/schema';

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
  created_at: string;
  updated_at: string;
}

export interface LoginAttemptsTable {
  id: string;
  email: string;
  ip: string;
  success: number;
  at: string;
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

export interface PortalTables {
  users: UsersTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  brand_settings: BrandSettingsTable;
  idempotency: IdempotencyTable;
  portal_settings: PortalSettingsTable;
}

export interface Database extends PortalTables, SandboxTables, OnboardingTables {}
