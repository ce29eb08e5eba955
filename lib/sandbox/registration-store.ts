import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Selectable } from 'kysely';
import type { SandboxDB as DB } from '@/lib/sandbox/schema';
import { SandboxError } from './core';
import type { SbxRegistrationsTable } from './schema-core';

export type Registration = Selectable<SbxRegistrationsTable>;
type HasDb = { db: DB };

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, keylen: number) => Promise<Buffer>;

/** scrypt with a random salt; the portal verifies the end-client's first login against it. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPasswordHash(stored: string, password: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(expected, actual);
}

/** True when `password` is the one given at registration of the (accepted) client. */
export async function verifyRegistrationPassword(db: DB, clientId: string, password: string): Promise<boolean> {
  const row = await db
    .selectFrom('sbx_registrations')
    .select('password_hash')
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row ? verifyPasswordHash(row.password_hash, password) : false;
}

/** The steps, in order. `stage` in the store and in `pending` is the next one due. */
export const STAGES = [
  'verify_otp',
  'verify_pan',
  'aadhar_otp',
  'aadhar_verify',
  'verify_gst',
  'accept_kyc',
  'done',
] as const;
export type Stage = (typeof STAGES)[number];

/** Derived from what is on file, so redoing an earlier step can never skip a later one. */
export function computeStage(r: Registration): Stage {
  if (r.client_id) return 'done';
  if (r.stage === 'verify_otp') return 'verify_otp';
  if (!r.pan) return 'verify_pan';
  if (!r.aadhaar_ref) return 'aadhar_otp';
  if (!r.aadhaar_name) return 'aadhar_verify';
  if (!r.gst_num && !r.gst_skipped) return 'verify_gst';
  return 'accept_kyc';
}

/** KYC steps still missing before accept_kyc (also shown by preview_kyc). */
export function missingSteps(r: Registration): string[] {
  const missing: string[] = [];
  if (!r.pan) missing.push('pan');
  if (!r.aadhaar_name) missing.push('aadhaar');
  if (!r.gst_num && !r.gst_skipped) missing.push('gst');
  return missing;
}

export async function findByRequestId(ctx: HasDb, requestId: string): Promise<Registration | undefined> {
  return ctx.db.selectFrom('sbx_registrations').selectAll().where('request_id', '=', requestId).executeTakeFirst();
}

/**
 * The registration a KYC call addresses: 404 unknown, 409 before verify_otp (the temp id
 * exists from register on, but is handed out only by verify_otp) or after accept.
 */
export async function requireKycRegistration(ctx: HasDb, tempClientId: string): Promise<Registration> {
  const r = await ctx.db
    .selectFrom('sbx_registrations')
    .selectAll()
    .where('temp_client_id', '=', tempClientId)
    .executeTakeFirst();
  if (!r) throw new SandboxError(404, `Registration ${tempClientId} not found`);
  if (r.client_id) throw new SandboxError(409, `KYC already accepted: the client is ${r.client_id}`);
  if (r.stage === 'verify_otp') throw new SandboxError(409, 'Verify the email and mobile OTPs first (verify_otp)');
  return r;
}

/** Applies `changes` and recomputes the stage. */
export async function updateRegistration(
  ctx: HasDb & { now: () => Date },
  r: Registration,
  changes: Partial<Registration>,
): Promise<Registration> {
  const next = { ...r, ...changes };
  next.stage = computeStage(next);
  next.updated_at = ctx.now().toISOString();
  const { request_id, ...rest } = next;
  await ctx.db.updateTable('sbx_registrations').set(rest).where('request_id', '=', request_id).execute();
  return next;
}

/**
 * An email or mobile is taken by a client, or by a registration whose owner proved it with
 * the OTP. Unverified registrations do not block: anyone could have typed someone's email.
 */
export async function contactTaken(ctx: HasDb, email: string, mobile: string, exceptRequestId?: string) {
  const client = await ctx.db
    .selectFrom('sbx_clients')
    .select(['email', 'mobile'])
    .where((eb) => eb.or([eb('email', '=', email), eb('mobile', '=', mobile)]))
    .executeTakeFirst();
  let q = ctx.db
    .selectFrom('sbx_registrations')
    .select(['email', 'mobile'])
    .where('stage', '!=', 'verify_otp')
    .where('client_id', 'is', null)
    .where((eb) => eb.or([eb('email', '=', email), eb('mobile', '=', mobile)]));
  if (exceptRequestId) q = q.where('request_id', '!=', exceptRequestId);
  const hit = client ?? (await q.executeTakeFirst());
  if (!hit) return null;
  const errors: Record<string, string[]> = {};
  if (hit.email === email) errors.email = ['This email is already registered'];
  if (hit.mobile === mobile) errors.mobile = ['This mobile is already registered'];
  return errors;
}
