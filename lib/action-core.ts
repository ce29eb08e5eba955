import type { z } from 'zod';
import type { AuditEntry } from '@/lib/audit/log';
import { can, type Permission } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/users';
import { asUserFacing } from '@/lib/errors';

/**
 * The action pipeline without Next.js or database bindings, so it can be unit-tested:
 * authenticate → authorize (permission, then client scope) → zod-parse → run → audit → result.
 * lib/action.ts binds it to the session, the request and the audit table.
 */
export type FieldErrors = Record<string, string[]>;
export type ActionResult<T> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: FieldErrors; values?: Record<string, string>; ref?: string };

export type ActionContext = { user: SessionUser; requestId: string; ip: string | null; clientId: string | null };

export type ActionDeps = {
  getUser: () => Promise<SessionUser | null>;
  getRequestMeta: () => Promise<{ requestId: string; ip: string | null }>;
  audit: (entry: AuditEntry) => Promise<void>;
  logError: (ref: string, err: unknown, action: string) => void;
};

export type ActionSpec<S extends z.ZodType, T> = {
  /** Audit name, verb-noun: `clients.update-status`. */
  name: string;
  permission: Permission;
  schema: S;
  /** Which client the input is about; a `client` user may only name its own. */
  clientId?: (input: z.output<S>) => string | null | undefined;
  run: (input: z.output<S>, ctx: ActionContext) => Promise<T>;
  /** Staff-only actions refuse `client` users whatever the permission matrix says (staffAction). */
  staffOnly?: boolean;
  /** Reads that only look (no state change) skip the audit log. */
  audit?: boolean;
  /** Called after success, outside any try/catch (revalidatePath / redirect may throw). */
  after?: (input: z.output<S>, data: T) => void | Promise<void>;
  /** Message shown on success. */
  successMessage?: string | ((data: T) => string);
};

export const GENERIC_ERROR = 'Something went wrong';
export const SIGN_IN_AGAIN = 'Your session has ended. Sign in again to continue.';
export const NOT_ALLOWED = 'You do not have permission to do that.';

/** FormData → plain object: repeated keys become arrays, React's internal `$ACTION_` keys go. */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of fd.entries()) {
    if (k.startsWith('$ACTION')) continue;
    const value = v;
    if (k in out) {
      const prev = out[k];
      out[k] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else out[k] = value;
  }
  return out;
}

/** What the form showed, to put back after a failure (never passwords, OTPs or files). */
function echoValues(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw).filter(
      ([k, v]) => typeof v === 'string' && !/password|otp|token|secret|signature/i.test(k),
    ) as [string, string][],
  );
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_form';
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

function rawClientId(raw: Record<string, unknown>): string | null {
  const v = raw.client_id ?? raw.clientId;
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * Builds a server action. The returned function accepts either `(input)` (useMutation,
 * direct calls) or `(prevState, formData)` (useActionState).
 */
export function createActionFactory(deps: ActionDeps) {
  return function defineAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>) {
    return async (first: unknown, second?: unknown): Promise<ActionResult<T>> => {
      const payload = second instanceof FormData ? second : first;
      const raw: Record<string, unknown> =
        payload instanceof FormData
          ? formDataToObject(payload)
          : payload && typeof payload === 'object'
            ? (payload as Record<string, unknown>)
            : {};
      const values = payload instanceof FormData ? echoValues(raw) : undefined;
      const { requestId, ip } = await deps.getRequestMeta();
      const shouldAudit = spec.audit !== false;
      const base = { action: spec.name, input: raw, ip, requestId };

      const user = await deps.getUser();
      if (!user) {
        if (shouldAudit)
          await deps.audit({
            ...base,
            userId: null,
            userEmail: null,
            role: null,
            clientId: rawClientId(raw),
            outcome: 'unauthenticated',
          });
        return { ok: false, message: SIGN_IN_AGAIN, values };
      }
      const who = { userId: user.id, userEmail: user.email, role: user.role };
      const deny = async (clientId: string | null) => {
        if (shouldAudit) await deps.audit({ ...base, ...who, clientId, outcome: 'denied', message: NOT_ALLOWED });
        return { ok: false as const, message: NOT_ALLOWED, values };
      };

      if (!can(user.role, spec.permission) || (spec.staffOnly && user.role === 'client')) return deny(rawClientId(raw));
      // Scope before parsing too, so another client's id never even gets validation feedback.
      const named = rawClientId(raw);
      if (user.role === 'client' && named !== null && named !== user.clientId) return deny(named);

      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) {
        const fieldErrors = zodFieldErrors(parsed.error);
        if (shouldAudit)
          await deps.audit({
            ...base,
            ...who,
            clientId: named,
            outcome: 'invalid',
            message: Object.keys(fieldErrors).join(','),
          });
        return { ok: false, message: 'Check the highlighted fields.', fieldErrors, values };
      }
      const input = parsed.data;
      const clientId = spec.clientId?.(input) ?? (user.role === 'client' ? user.clientId : null);
      if (user.role === 'client' && clientId !== user.clientId) return deny(clientId);

      let data: T;
      try {
        data = await spec.run(input, { user, requestId, ip, clientId });
      } catch (err) {
        const known = asUserFacing(err);
        const ref = known ? undefined : requestId.slice(0, 8).toUpperCase();
        if (!known) deps.logError(ref!, err, spec.name);
        if (shouldAudit)
          await deps.audit({
            ...base,
            ...who,
            clientId,
            outcome: 'error',
            message: known?.message ?? `unexpected (ref ${ref})`,
          });
        return known
          ? { ok: false, message: known.message, fieldErrors: known.fieldErrors, values }
          : {
              ok: false,
              message: `${GENERIC_ERROR}. Please try again; if it keeps happening, quote reference ${ref}.`,
              ref,
              values,
            };
      }
      if (shouldAudit) await deps.audit({ ...base, ...who, clientId, outcome: 'ok' });
      await spec.after?.(input, data);
      const message = typeof spec.successMessage === 'function' ? spec.successMessage(data) : spec.successMessage;
      return { ok: true, data, message };
    };
  };
}
