import 'server-only';
import type { AttemptMetric } from '@/lib/partner-api/client';
import { PartnerApiError } from '@/lib/partner-api/errors';

/** What the clients-mirror refresh worker (mirror-worker.ts) and the server (mirror-thread.ts) say to each other. */

/** `workerData` of the refresh worker: its entry does nothing in any other thread. */
export const WORKER_ROLE = 'clients-mirror-refresh';

/** Server → worker: load upstream's list as this generation. */
export type LoadRequest = { id: number; generation: number };

/** A failure crossing threads: an Error does not cross whole, so a PartnerApiError goes as its fields. */
export type SentError = {
  message: string;
  partner?: Omit<ConstructorParameters<typeof PartnerApiError>[0], 'cause'>;
};

/** Worker → server. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'attempt'; metric: AttemptMetric }
  | { type: 'done'; id: number; error?: SentError };

export function toSent(err: unknown): SentError {
  if (!(err instanceof PartnerApiError)) return { message: err instanceof Error ? err.message : String(err) };
  const { endpoint, kind, status, upstreamMessage, fieldErrors, retryable, outcomeUnknown } = err;
  const { requestId, retryAfterMs, details, clientInactive } = err;
  const partner = { endpoint, kind, status, upstreamMessage, fieldErrors, retryable, outcomeUnknown };
  return { message: err.message, partner: { ...partner, requestId, retryAfterMs, details, clientInactive } };
}

/** The error as the server's callers expect it: a PartnerApiError stays one (pages say what upstream did). */
export function fromSent(e: SentError): Error {
  return e.partner ? new PartnerApiError(e.partner) : new Error(`clients mirror refresh failed: ${e.message}`);
}
