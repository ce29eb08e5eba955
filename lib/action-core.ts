import type { z } from 'zod';
import { parseRawArgs } from '@/lib/action-input';
import type { AuditEntry, AuditOutcome } from '@/lib/audit/log';
import { can, type Permission } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/users';
import { asUserFacing } from '@/lib/errors';
import { type FieldErrors, fieldErrors } from '@/lib/validation/field-errors';

export { formDataToObject, parseRawArgs } from '@/lib/action-input';
/**
 * The action pipeline without Next.js or database bindings, so it can be unit-tested.
 * One base — raw argument shape → (layer: who may call) → zod → (throttle) → run → audit →
 * typed result — and three layers over it, as dub's safe-action.ts layers its clients:
 *   publicAction  no user (sign-in, setup, self-signup); optional address-based throttle
 *   staffAction   a signed-in staff user with the permission; `client` users refused
 *   clientAction  a signed-in user with the permission, scoped to one client
 * lib/action.ts binds it to the session, the request and the audit table.
 */
export type { FieldErrors } from '@/lib/validation/field-errors';
export { FORM_ERROR_KEY, fieldErrors } from '@/lib/validation/field-errors';

/** @deprecated use `fieldErrors` (the one zod → field-errors helper). */
export const zodFieldErrors = fieldErrors;

/**
 * What every action returns. With the schema type `S`, `fieldErrors` only has the schema's
 * field names (plus `_form`): `state.fieldErrors?.emial` does not compile.
 */
export type ActionResult<T, S = unknown> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      message: string;
      fieldErrors?: FieldErrors<S>;
      values?: Record<string, string>;
      ref?: string;
      /** Machine-readable extras of a known failure (e.g. `{code:'rate_limited', retryAfterS}`). */
      detail?: Record<string, unknown>;
    };

export type ActionContext = { user: SessionUser; requestId: string; ip: string | null; clientId: string | null };
export type PublicContext = { user: null; requestId: string; ip: string | null; clientId: null };

export type ActionDeps = {
  getUser: () => Promise<SessionUser | null>;
  getRequestMeta: () => Promise<{ requestId: string; ip: string | null }>;
  audit: (entry: AuditEntry) => Promise<void>;
  logError: (ref: string, err: unknown, action: string) => void;
  /** Next.js control flow (redirect, notFound) thrown inside `run` must pass through untouched. */
  isControlFlow?: (err: unknown) => boolean;
};

type CommonSpec<S extends z.ZodType, T, C> = {
  /** Audit name, verb-noun: `clients.update-status`. */
  name: string;
  schema: S;
  run: (input: z.output<S>, ctx: C) => Promise<T>;
  /** Reads that only look (no state change) skip the audit log. */
  audit?: boolean;
  /** Called after success, outside any try/catch (revalidatePath / redirect may throw). */
  after?: (input: z.output<S>, data: T) => void | Promise<void>;
  /** Message shown on success. */
  successMessage?: string | ((data: T) => string);
};

export type ActionSpec<S extends z.ZodType, T> = CommonSpec<S, T, ActionContext> & {
  permission: Permission;
  /** Which client the input is about; a `client` user may only name its own. */
  clientId?: (input: z.output<S>) => string | null | undefined;
  /** Staff-only actions refuse `client` users whatever the permission matrix says (staffAction). */
  staffOnly?: boolean;
};

/** clientAction's spec: `clientId` is required. */
export type ClientActionSpec<S extends z.ZodType, T> = ActionSpec<S, T> & {
  clientId: (input: z.output<S>) => string | null | undefined;
};

/** A throttle's refusal; `null`/`undefined`/`{ok:true}` lets the call through. */
export type ThrottleVerdict = { ok: true } | { ok: false; message: string; retryAfterS?: number };

export type PublicActionSpec<S extends z.ZodType, T> = CommonSpec<S, T, PublicContext> & {
  /**
   * Address-based (or contact-based) limit, asked only after the input validated, so invalid
   * submissions naming someone else's email never count against them (issue 9, defect 5).
   */
  throttle?: (input: z.output<S>, ctx: PublicContext) => Promise<ThrottleVerdict | null | undefined>;
  /** The client an audit row is about, when the input names one. */
  auditClientId?: (input: z.output<S>, data?: T) => string | null | undefined;
};

export type Action<T, S> = (first?: unknown, second?: unknown) => Promise<ActionResult<T, S>>;

export const GENERIC_ERROR = 'Something went wrong';
export const SIGN_IN_AGAIN = 'Your session has ended. Sign in again to continue.';
export const NOT_ALLOWED = 'You do not have permission to do that.';
export const CHECK_FIELDS = 'Check the highlighted fields.';

function rawClientId(raw: Record<string, unknown>): string | null {
  const v = raw.client_id ?? raw.clientId;
  return typeof v === 'string' && v !== '' ? v : null;
}

type Who = { userId: string | null; userEmail: string | null; role: string | null };
const NOBODY: Who = { userId: null, userEmail: null, role: null };

/**
 * Builds the layers. `createActionFactory(deps)` is itself the general layer (`defineAction`:
 * permission + client scope for `client` users) and carries the three named layers.
 */
export function createActionFactory(deps: ActionDeps) {
  /** The shared base: everything after "who may call" is decided. */
  async function base<S extends z.ZodType, T, C extends ActionContext | PublicContext>(
    spec: CommonSpec<S, T, C>,
    args: unknown[],
    gate: {
      /** Before parsing: authenticate + authorize, or refuse. */
      pre: (
        raw: Record<string, unknown>,
        audit: (who: Who, clientId: string | null, outcome: AuditOutcome, message?: string) => Promise<void>,
        meta: { requestId: string; ip: string | null },
      ) => Promise<{ refused: string; detail?: Record<string, unknown> } | { who: Who; user: SessionUser | null }>;
      /** After parsing: scope, throttle; returns the context or a refusal. */
      post: (
        input: z.output<S>,
        who: Who,
        user: SessionUser | null,
        meta: { requestId: string; ip: string | null },
        audit: (who: Who, clientId: string | null, outcome: AuditOutcome, message?: string) => Promise<void>,
      ) => Promise<{ ctx: C } | { refused: string; detail?: Record<string, unknown> }>;
      auditClientId: (input: z.output<S>, ctx: C, data?: T) => string | null;
    },
  ): Promise<ActionResult<T, S>> {
    const meta = await deps.getRequestMeta();
    const shouldAudit = spec.audit !== false;
    const shape = parseRawArgs(args);
    const raw = shape.ok ? shape.raw : {};
    const values = shape.ok ? shape.values : undefined;
    const audit = async (who: Who, clientId: string | null, outcome: AuditOutcome, message?: string) => {
      if (shouldAudit)
        await deps.audit({
          action: spec.name,
          input: raw,
          ip: meta.ip,
          requestId: meta.requestId,
          ...who,
          clientId,
          outcome,
          message,
        });
    };

    const gated = await gate.pre(raw, audit, meta);
    if ('refused' in gated) return { ok: false, message: gated.refused, values, detail: gated.detail };
    const { who, user } = gated;

    if (!shape.ok) {
      // A caller that is not our form or our useMutation (a script, a fuzzer): say so, never a 500.
      await audit(who, null, 'invalid', shape.reason);
      return { ok: false, message: shape.message };
    }

    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      const errors = fieldErrors<S>(parsed.error);
      await audit(who, rawClientId(raw), 'invalid', Object.keys(errors).join(','));
      return { ok: false, message: CHECK_FIELDS, fieldErrors: errors, values };
    }
    const input = parsed.data;
    const after = await gate.post(input, who, user, meta, audit);
    if ('refused' in after) return { ok: false, message: after.refused, values, detail: after.detail };
    const { ctx } = after;

    let data: T;
    try {
      data = await spec.run(input, ctx);
    } catch (err) {
      if (deps.isControlFlow?.(err)) {
        // A redirect/notFound from inside run is the action's answer, not a failure.
        await audit(who, gate.auditClientId(input, ctx), 'ok');
        throw err;
      }
      const known = asUserFacing(err);
      const ref = known ? undefined : meta.requestId.slice(0, 8).toUpperCase();
      if (!known) deps.logError(ref as string, err, spec.name);
      await audit(who, gate.auditClientId(input, ctx), 'error', known?.message ?? `unexpected (ref ${ref})`);
      if (known) {
        const detail = knownDetail(err);
        return {
          ok: false,
          message: known.message,
          fieldErrors: known.fieldErrors as FieldErrors<S> | undefined,
          values,
          ...(detail ? { detail } : {}),
        };
      }
      return {
        ok: false,
        message: `${GENERIC_ERROR}. Please try again; if it keeps happening, quote reference ${ref}.`,
        ref,
        values,
      };
    }
    await audit(who, gate.auditClientId(input, ctx, data), 'ok');
    await spec.after?.(input, data);
    const message = typeof spec.successMessage === 'function' ? spec.successMessage(data) : spec.successMessage;
    return { ok: true, data, message };
  }

  /** Signed-in layers: the general one, staffAction and clientAction differ only in the spec. */
  function defineAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>): Action<T, S> {
    return (...args: unknown[]) =>
      base<S, T, ActionContext>(spec, args, {
        async pre(raw, audit) {
          const user = await deps.getUser();
          if (!user) {
            await audit(NOBODY, rawClientId(raw), 'unauthenticated');
            return { refused: SIGN_IN_AGAIN };
          }
          const who = { userId: user.id, userEmail: user.email, role: user.role };
          const named = rawClientId(raw);
          // Scope before parsing too, so another client's id never even gets validation feedback.
          const outOfScope = user.role === 'client' && named !== null && named !== user.clientId;
          if (!can(user.role, spec.permission) || (spec.staffOnly && user.role === 'client') || outOfScope) {
            await audit(who, named, 'denied', NOT_ALLOWED);
            return { refused: NOT_ALLOWED };
          }
          return { who, user };
        },
        async post(input, who, user, meta, audit) {
          const u = user as SessionUser;
          const clientId = spec.clientId?.(input) ?? (u.role === 'client' ? u.clientId : null);
          if (u.role === 'client' && clientId !== u.clientId) {
            await audit(who, clientId, 'denied', NOT_ALLOWED);
            return { refused: NOT_ALLOWED };
          }
          return { ctx: { user: u, requestId: meta.requestId, ip: meta.ip, clientId } };
        },
        auditClientId: (_input, ctx) => ctx.clientId,
      });
  }

  /** Console-wide actions; `client` users are refused whatever the matrix says. */
  function staffAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>): Action<T, S> {
    return defineAction({ ...spec, staffOnly: true });
  }

  /** One client's data: `clientId` is required; a `client` user only ever reaches its own. */
  function clientAction<S extends z.ZodType, T>(spec: ClientActionSpec<S, T>): Action<T, S> {
    return defineAction(spec);
  }

  /** No session exists yet (sign-in, setup, self-signup): the spec authorizes by its own rules. */
  function publicAction<S extends z.ZodType, T>(spec: PublicActionSpec<S, T>): Action<T, S> {
    return (...args: unknown[]) =>
      base<S, T, PublicContext>(spec, args, {
        pre: async () => ({ who: NOBODY, user: null }),
        async post(input, who, _user, meta, audit) {
          const ctx: PublicContext = { user: null, requestId: meta.requestId, ip: meta.ip, clientId: null };
          const verdict = await spec.throttle?.(input, ctx);
          if (verdict && !verdict.ok) {
            await audit(who, spec.auditClientId?.(input) ?? null, 'denied', 'rate limited');
            return {
              refused: verdict.message,
              detail: { code: 'rate_limited', ...(verdict.retryAfterS ? { retryAfterS: verdict.retryAfterS } : {}) },
            };
          }
          return { ctx };
        },
        auditClientId: (input, _ctx, data) => spec.auditClientId?.(input, data) ?? null,
      });
  }

  return Object.assign(defineAction, { defineAction, staffAction, clientAction, publicAction });
}

/** A known error may carry machine-readable extras (`detail`, e.g. onboarding's StepError). */
function knownDetail(err: unknown): Record<string, unknown> | undefined {
  if (err && typeof err === 'object' && 'detail' in err) {
    const d = (err as { detail: unknown }).detail;
    if (d && typeof d === 'object' && !Array.isArray(d)) return d as Record<string, unknown>;
  }
  return undefined;
}
