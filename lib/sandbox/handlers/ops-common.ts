import { randomBytes, scrypt } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';
import { type SandboxContext, SandboxError } from '@/lib/sandbox/core';

/**
 * Input parsing and lookups shared by the operations handlers (agents, flows, bots,
 * WhatsApp, masking). Convention: the subject of a call (agent_id, flow_id, bot id,
 * wa_did_id, session_id) that does not exist for the client → 404; a *referenced* thing
 * that does not exist (a DID, agent extension or bot named in the body) → 422 with a
 * field error, so the portal can show it next to the field that named it.
 */

/** Zod issues → 422 with `errors` keyed by top-level field (nested paths dotted). */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  const first = result.error.issues[0];
  const label = first?.path.length ? `${first.path.join('.')}: ${first.message}` : (first?.message ?? 'Invalid');
  throw new SandboxError(422, `Validation failed (${label})`, errors);
}

export function fieldError(field: string, message: string): SandboxError {
  return new SandboxError(422, message, { [field]: [message] });
}

/** Reference values are strings; numbers from looser callers are accepted and stringified. */
const str = z
  .union([z.string(), z.number()], {
    error: (iss) => (iss.input === undefined || iss.input === null ? 'This field is required' : 'Must be a string'),
  })
  .transform((v) => String(v).trim());

export const requiredText = (label: string, max = 200) =>
  str.pipe(
    z
      .string()
      .min(1, { error: `${label} is required` })
      .max(max, { error: `${label} is too long` }),
  );

/** Optional text: missing or "" mean "not given" (forms and the reference send ""). */
export const optionalText = (label: string, max = 200) =>
  z
    .union([str, z.null()])
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .string()
        .max(max, { error: `${label} is too long` })
        .optional(),
    );

export const idField = (label: string) =>
  str.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: `${label} is required` }));

export const clientIdField = idField('client_id');

export const flagRule = (label: string) => z.enum(['0', '1'], { error: `${label} must be "1" or "0"` });
export const flag01 = (label: string) => str.pipe(flagRule(label));

export const extensionRule = z.string().regex(/^\d{2,8}$/, { error: 'Extension must be 2 to 8 digits, e.g. 2101' });
export const extensionField = str.pipe(extensionRule);

/**
 * An integer given as a number or numeric string. Missing, null or "" mean `dflt`
 * (undefined when the field is optional without a default).
 */
export function intField(label: string, min: number, max: number, dflt: number): z.ZodType<number, unknown>;
export function intField(label: string, min: number, max: number): z.ZodType<number | undefined, unknown>;
export function intField(
  label: string,
  min: number,
  max: number,
  dflt?: number,
): z.ZodType<number | undefined, unknown> {
  const whole = `${label} must be a whole number`;
  return z
    .union([z.string(), z.number(), z.null()], { error: whole })
    .optional()
    .transform((v) => (v === undefined || v === null || String(v).trim() === '' ? undefined : String(v).trim()))
    .pipe(
      z
        .string()
        .regex(/^-?\d+$/, { error: whole })
        .transform(Number)
        .pipe(
          z
            .number()
            .min(min, { error: `${label} must be at least ${min}` })
            .max(max, { error: `${label} must be at most ${max}` }),
        )
        .optional(),
    )
    .transform((v) => v ?? dflt);
}

/** DIDs arrive as "+911143104501", "911143104501" or with spaces; the store keys on E.164. */
export function didCandidates(raw: string): string[] {
  const n = raw.replace(/[\s()-]/g, '');
  return n.startsWith('+') ? [n] : [n, `+${n}`];
}

export type OwnedDid = { number: string; did_id: string | null; flow_id: string | null; agent_ext: string | null };

/** The client's active DID matching `raw`, or a 422 on `field` (a referenced DID). */
export async function requireOwnedDid(
  ctx: SandboxContext,
  clientId: string,
  raw: string,
  field: string,
): Promise<OwnedDid> {
  const row = await ctx.db
    .selectFrom('sbx_dids')
    .select(['number', 'did_id', 'flow_id', 'agent_ext'])
    .where('client_id', '=', clientId)
    .where('status', '=', 'active')
    .where('number', 'in', didCandidates(raw))
    .executeTakeFirst();
  if (!row) throw fieldError(field, `Number ${raw} is not a DID of this client`);
  return row;
}

/** The client's oldest active DID: create_basic_flow's documented default. */
export async function primaryDid(ctx: SandboxContext, clientId: string): Promise<OwnedDid | undefined> {
  return ctx.db
    .selectFrom('sbx_dids')
    .select(['number', 'did_id', 'flow_id', 'agent_ext'])
    .where('client_id', '=', clientId)
    .where('status', '=', 'active')
    .orderBy('purchased_at', 'asc')
    .orderBy('number', 'asc')
    .executeTakeFirst();
}

/** An active agent of the client with that extension, or a 422 on `field`. */
export async function requireAgentExt(ctx: SandboxContext, clientId: string, ext: string, field: string) {
  const row = await ctx.db
    .selectFrom('sbx_agents')
    .select(['id', 'extension'])
    .where('client_id', '=', clientId)
    .where('extension', '=', ext)
    .where('status', '=', '1')
    .executeTakeFirst();
  if (!row) throw fieldError(field, `No agent with extension ${ext} for this client`);
  return row;
}

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>;

/** Same `scrypt$<salt>$<hash>` format as the core store uses for client passwords. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** True when a write failed on a unique index (SQLite and PostgreSQL spellings). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint/i.test(e?.message ?? '');
}
