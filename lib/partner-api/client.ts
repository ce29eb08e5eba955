import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';
import { recordPartnerAttempt } from '@/lib/explorer/metrics';
import { log as defaultLog } from '@/lib/log';
import { fieldErrors } from '@/lib/validation/field-errors';
import { type BreakerConfig, createBreaker } from './breaker';
import { parseLenientSliced } from './drift';
import { ENDPOINTS, type EndpointName, isEndpointName, type RequestOf, type ResponseOf } from './endpoints';
import { envelopeFieldErrors, envelopeStatus, parseEnvelopeSliced } from './envelope';
import { type FieldErrors, PartnerApiError, PartnerInputError } from './errors';
import { nodeHttpTransport, type Transport, type TransportResponse } from './transport';

/**
 * A short digest of one request (URL and body) for the call log: equal within one process for
 * equal requests, so a duplicate read shows in the log (`npm run bench` counts them), and keyed
 * with a random per-process secret so a mobile number or PAN cannot be recovered from it.
 */
const DIGEST_KEY = randomBytes(16);
export function callDigest(url: string, body: string | undefined): string {
  return createHmac('sha256', DIGEST_KEY)
    .update(`${url}\n${body ?? ''}`)
    .digest('base64url')
    .slice(0, 16);
}

export type PartnerClientConfig = {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  /** How requests go on the wire (default: Node's HTTP client with keep-alive, transport.ts). */
  fetch?: Transport;
  /** Extra attempts for read-only calls after a transient fault (default 2, so 3 in all). */
  retries?: number;
  retryBaseMs?: number;
  breaker?: BreakerConfig;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  logger?: Pick<typeof defaultLog, 'info' | 'warn'>;
  /** Told about every attempt (duration, status, whether upstream failed): Settings → API's latency figures. */
  onAttempt?: (m: AttemptMetric) => void;
};

export type AttemptMetric = {
  endpoint: EndpointName;
  group: string;
  status: number;
  durationMs: number;
  fault: boolean;
};

export type CallOptions = { requestId?: string; timeoutMs?: number };

// When no key of the request is required, the input may be left out: call('clients').
type CallArgs<N extends EndpointName> =
  // biome-ignore lint/complexity/noBannedTypes: "{} extends T" is the idiom for "T has no required keys"
  {} extends RequestOf<N> ? [input?: RequestOf<N>, opts?: CallOptions] : [input: RequestOf<N>, opts?: CallOptions];

export type PartnerClient = {
  call<N extends EndpointName>(name: N, ...args: CallArgs<N>): Promise<ResponseOf<N>>;
  breakerState(): 'closed' | 'open' | 'half_open';
};

const TRANSIENT_STATUS = new Set([502, 503, 504]);

export function createPartnerClient(config: PartnerClientConfig): PartnerClient {
  const doFetch = config.fetch ?? nodeHttpTransport;
  const now = config.now ?? Date.now;
  const sleep = config.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = config.random ?? Math.random;
  const logger = config.logger ?? defaultLog;
  const retries = config.retries ?? 2;
  const retryBaseMs = config.retryBaseMs ?? 100;
  const breaker = createBreaker(config.breaker ?? { failureThreshold: 5, cooldownMs: 30_000 }, now);
  const baseUrl = config.baseUrl.replace(/\/$/, '');
  const apiKey = config.apiKey;

  // Upstream text is echoed into errors and logs; make sure the key can never ride along.
  const scrub = (s: string) => (apiKey ? s.split(apiKey).join('[redacted]') : s);
  const scrubFields = (f: FieldErrors) =>
    Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.map(scrub)])) as FieldErrors;

  // Error envelopes may carry useful data (attempts_left, resend_after_s, missing): keep
  // plain objects only, and only after the key has been scrubbed from their text.
  const scrubDetails = (data: unknown): Record<string, unknown> | null => {
    if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
    return JSON.parse(scrub(JSON.stringify(data))) as Record<string, unknown>;
  };

  function buildRequest(name: EndpointName, parsed: Record<string, unknown>) {
    const def = ENDPOINTS[name];
    const body: Record<string, unknown> = { ...parsed };
    const path = def.path.replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = body[key];
      delete body[key];
      return encodeURIComponent(String(value));
    });
    const url = new URL(`${baseUrl}${path}`);
    if (def.method === 'GET') {
      for (const [k, v] of Object.entries(body)) if (v !== undefined) url.searchParams.set(k, String(v));
      return { url: url.toString(), body: undefined };
    }
    return { url: url.toString(), body: JSON.stringify(body) };
  }

  async function attempt(
    name: EndpointName,
    url: string,
    body: string | undefined,
    requestId: string,
    timeoutMs: number,
  ) {
    const def = ENDPOINTS[name];
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const base = { endpoint: name, requestId };
    const unknownOutcome = !def.readOnly;
    try {
      let res: TransportResponse;
      let text: string;
      try {
        res = await doFetch(url, {
          method: def.method,
          headers: {
            Authorization: `Bearer ${apiKey}`,
            'Content-Type': 'application/json',
            Accept: 'application/json',
            'X-Request-Id': requestId,
          },
          body,
          signal: controller.signal,
        });
        // The body is read under the same timer: a server that stalls mid-body is still a timeout.
        text = await res.text();
      } catch (cause) {
        const kind = controller.signal.aborted ? 'timeout' : 'network';
        throw new PartnerApiError({ ...base, kind, retryable: def.readOnly, outcomeUnknown: unknownOutcome, cause });
      }
      // Big answers (the unpaged clients list) are parsed in slices so other requests keep being served.
      const envelope = await parseEnvelopeSliced(text);
      const status = res.ok && envelope ? (envelopeStatus(envelope) ?? res.status) : res.status;
      if (status >= 200 && status < 300) {
        if (!envelope) throw new PartnerApiError({ ...base, kind: 'malformed', status: res.status });
        return { data: envelope.data, status };
      }
      throw new PartnerApiError({
        ...base,
        kind: 'http',
        status,
        upstreamMessage: scrub(envelope?.message ?? ''),
        fieldErrors: scrubFields(envelopeFieldErrors(envelope?.errors)),
        details: scrubDetails(envelope?.data),
        retryable: status === 429 || (TRANSIENT_STATUS.has(status) && def.readOnly),
        outcomeUnknown: status >= 500 && unknownOutcome,
      });
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Upstream answers 403 to every state-changing call for an inactive client, and 403 alone
   * reads like a partner-account problem. When the call names a client, one cheap read tells
   * which it is, so every feature (numbers, agents, flows, credits) says the truthful thing.
   */
  async function explainForbidden(e: PartnerApiError, data: unknown, requestId: string): Promise<PartnerApiError> {
    const clientId = (data as { client_id?: unknown } | null)?.client_id;
    if (typeof clientId !== 'string' || !clientId) return e;
    try {
      const client = (await call('client', { client_id: clientId }, { requestId })) as { status?: unknown };
      if (String(client.status) !== '0') return e;
    } catch {
      return e;
    }
    return new PartnerApiError({
      endpoint: e.endpoint,
      kind: e.kind,
      status: e.status,
      upstreamMessage: e.upstreamMessage,
      requestId: e.requestId,
      details: e.details,
      clientInactive: true,
      cause: e,
    });
  }

  const isUpstreamFault = (e: PartnerApiError) =>
    e.kind === 'timeout' || e.kind === 'network' || (e.kind === 'http' && e.status >= 500);

  async function call(name: EndpointName, input?: unknown, opts: CallOptions = {}): Promise<unknown> {
    // hasOwn: a name like "toString" must not resolve to a prototype member.
    if (!isEndpointName(name)) throw new TypeError(`Unknown partner endpoint: ${String(name)}`);
    const def = ENDPOINTS[name];
    const parsed = def.request.safeParse(input ?? {});
    if (!parsed.success) throw new PartnerInputError(name, fieldErrors(parsed.error));

    const requestId = opts.requestId ?? crypto.randomUUID();
    const timeoutMs = opts.timeoutMs ?? config.timeoutMs;
    const { url, body } = buildRequest(name, parsed.data);
    // Mutations are never repeated: a retried buy_did or add_client_credits could charge twice.
    const maxAttempts = def.readOnly ? 1 + retries : 1;

    for (let n = 1; ; n++) {
      const waitMs = breaker.acquire();
      if (waitMs !== null) {
        logger.warn(
          { event: 'partner_call', endpoint: name, requestId, kind: 'circuit_open', attempt: n },
          'partner API circuit open',
        );
        throw new PartnerApiError({
          endpoint: name,
          requestId,
          kind: 'circuit_open',
          retryable: true,
          retryAfterMs: waitMs,
        });
      }
      const started = now();
      try {
        const { data, status } = await attempt(name, url, body, requestId, timeoutMs);
        breaker.success();
        config.onAttempt?.({ endpoint: name, group: def.group, status, durationMs: now() - started, fault: false });
        logger.info(
          {
            event: 'partner_call',
            endpoint: name,
            requestId,
            status,
            durationMs: now() - started,
            attempt: n,
            // The same read made twice (same endpoint and arguments) shows as the same `call`
            // value: a digest, so arguments (client ids, mobiles) stay out of the log.
            call: callDigest(url, body),
          },
          'partner API call',
        );
        return await parseLenientSliced(name, def.response, data);
      } catch (e) {
        if (!(e instanceof PartnerApiError)) throw e;
        if (isUpstreamFault(e)) breaker.failure();
        else if (e.kind === 'malformed') breaker.neutral();
        else breaker.success();
        config.onAttempt?.({
          endpoint: name,
          group: def.group,
          status: e.status,
          durationMs: now() - started,
          fault: isUpstreamFault(e) || e.kind === 'malformed',
        });
        logger.warn(
          {
            event: 'partner_call',
            endpoint: name,
            requestId,
            status: e.status,
            kind: e.kind,
            durationMs: now() - started,
            attempt: n,
          },
          'partner API call failed',
        );
        const transient = e.kind === 'timeout' || e.kind === 'network' || TRANSIENT_STATUS.has(e.status);
        if (e.status === 403 && !def.readOnly) throw await explainForbidden(e, parsed.data, requestId);
        if (!def.readOnly || !transient || n >= maxAttempts) throw e;
        // Equal jitter: half fixed, half random, so retries from many requests spread out.
        const backoff = Math.min(retryBaseMs * 2 ** (n - 1), 2000);
        await sleep(backoff / 2 + random() * (backoff / 2));
      }
    }
  }

  return {
    call: call as PartnerClient['call'],
    breakerState: () => breaker.state(),
  };
}

const g = globalThis as unknown as { __partnerApi?: PartnerClient };

/** The app's client, built once from env() (kept across dev reloads so the breaker survives). */
export function partnerApi(): PartnerClient {
  if (!g.__partnerApi) {
    const e = env();
    g.__partnerApi = createPartnerClient({
      baseUrl: e.partnerApiBaseUrl,
      apiKey: e.partnerApiKey,
      timeoutMs: e.partnerApiTimeoutMs,
      onAttempt: recordPartnerAttempt,
    });
  }
  return g.__partnerApi;
}
