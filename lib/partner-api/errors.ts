import 'server-only';
import type { FieldErrors } from '@/lib/validation/field-errors';

export { FORM_ERROR_KEY } from '@/lib/validation/field-errors';
export type { FieldErrors };

export type PartnerErrorKind = 'http' | 'timeout' | 'network' | 'circuit_open' | 'malformed';

/** Shown wherever a change is refused because the client is inactive. */
export const CLIENT_INACTIVE =
  'This client is inactive, so changes to it are refused until it is reactivated (on the client’s page, by a user who may change client status).';

const NO_ANSWER = 'The telephony provider did not answer. Please try again in a moment.';

type PartnerApiErrorInit = {
  endpoint: string;
  kind: PartnerErrorKind;
  status?: number;
  upstreamMessage?: string;
  fieldErrors?: FieldErrors;
  retryable?: boolean;
  /** True when a state-changing call may or may not have happened (timeout, lost connection, 5xx). */
  outcomeUnknown?: boolean;
  requestId?: string;
  retryAfterMs?: number;
  /** The error envelope's `data` (e.g. `attempts_left`, `resend_after_s`, `missing`), scrubbed. */
  details?: Record<string, unknown> | null;
  /** A 403 explained: the client named in the call is inactive (checked with a read). */
  clientInactive?: boolean;
  cause?: unknown;
};

/**
 * The one error type for upstream failures. `message` is for logs; `userMessage` is safe to
 * show. Neither ever contains the partner key: the client scrubs upstream text first.
 */
export class PartnerApiError extends Error {
  override name = 'PartnerApiError';
  readonly endpoint: string;
  /** HTTP status, or 0 when no HTTP answer arrived (network, timeout, circuit open). */
  readonly status: number;
  readonly upstreamMessage: string;
  readonly fieldErrors: FieldErrors;
  readonly retryable: boolean;
  readonly kind: PartnerErrorKind;
  readonly outcomeUnknown: boolean;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  /** What the upstream error envelope carried in `data`, when it was an object. */
  readonly details: Record<string, unknown> | null;
  /** The 403 came from the client being inactive, not from the partner account. */
  readonly clientInactive: boolean;
  readonly userMessage: string;

  constructor(init: PartnerApiErrorInit) {
    const status = init.status ?? 0;
    super(
      `partner API ${init.endpoint} failed: ${init.kind}${status ? ` ${status}` : ''}${init.upstreamMessage ? ` (${init.upstreamMessage})` : ''}`,
      {
        cause: init.cause,
      },
    );
    this.endpoint = init.endpoint;
    this.status = status;
    this.kind = init.kind;
    this.upstreamMessage = init.upstreamMessage ?? '';
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryable = init.retryable ?? false;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
    this.details = init.details ?? null;
    this.clientInactive = init.clientInactive ?? false;
    this.userMessage = userMessageFor(this);
  }
}

function userMessageFor(e: PartnerApiError): string {
  if (e.kind === 'circuit_open') {
    const s = Math.max(1, Math.ceil((e.retryAfterMs ?? 0) / 1000));
    return `The telephony provider is not responding, so the portal has paused calls for ${s} second${s === 1 ? '' : 's'}. Please try again then.`;
  }
  if (e.kind === 'malformed') {
    return 'The telephony provider sent an answer the portal could not read. Please try again; if it keeps happening, contact support.';
  }
  if (e.kind === 'timeout' || e.kind === 'network' || e.status >= 500) {
    // For a mutation the request may have been carried out: say so instead of inviting a blind retry.
    return e.outcomeUnknown
      ? 'The telephony provider did not answer, so we cannot tell whether this went through. Check the current state before trying again.'
      : NO_ANSWER;
  }
  const upstream = e.upstreamMessage.trim();
  switch (e.status) {
    case 400:
      return upstream || 'The telephony provider did not accept this request. Check the details and try again.';
    case 401:
      return "The portal's partner key was refused by the telephony provider. Please contact your administrator.";
    case 403:
      if (e.clientInactive) return CLIENT_INACTIVE;
      return 'The telephony provider does not allow this for the portal’s partner account. Please contact your administrator.';
    case 402:
      return 'The wallet balance is too low for this. Please add credits and try again.';
    case 404:
      return 'The telephony provider could not find this item. It may have been removed: refresh the page.';
    case 409:
      return (
        upstream ||
        'This conflicts with the current state (it may already exist or have changed). Refresh and try again.'
      );
    case 410:
      return upstream || 'This has expired. Please start this step again.';
    case 422:
      return upstream || 'Some details were not accepted. Check the highlighted fields.';
    case 429:
      return 'Too many attempts. Please wait a moment before trying again.';
    default:
      return upstream || 'The telephony provider refused this request.';
  }
}

/**
 * Input that fails the endpoint's request schema. Thrown before any upstream call, so
 * nothing happened and the form can show the messages per field.
 */
export class PartnerInputError extends Error {
  override name = 'PartnerInputError';
  readonly endpoint: string;
  readonly fieldErrors: FieldErrors;
  readonly userMessage = 'Some details need correcting. Check the highlighted fields.';

  constructor(endpoint: string, fieldErrors: FieldErrors) {
    super(`invalid input for partner API ${endpoint}: ${Object.keys(fieldErrors).join(', ')}`);
    this.endpoint = endpoint;
    this.fieldErrors = fieldErrors;
  }
}

export function isPartnerApiError(e: unknown): e is PartnerApiError {
  return e instanceof PartnerApiError;
}

/** The one zod → field-errors helper (lib/validation/field-errors.ts), under its older name here. */
export { fieldErrors as fieldErrorsFromZod } from '@/lib/validation/field-errors';
