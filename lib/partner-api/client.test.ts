import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { log } from '@/lib/log';
import { createPartnerClient, type PartnerClientConfig } from './client';
import { driftReport, resetDrift } from './drift';
import { type PartnerApiError, PartnerInputError } from './errors';

const KEY = 'pk_live_0123456789abcdef0123456789';
const BASE = 'https://partner.test/';

type Step = Response | 'hang' | 'network';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const ok = (data: unknown) => json(200, { status: 200, message: 'OK', data });
const fail = (status: number, message: string, errors?: Record<string, string[] | string>) =>
  json(status, { status, message, data: null, ...(errors ? { errors } : {}) });

/** A fetch that plays `steps` in order (the last one repeats) and records each request. */
function fakeFetch(...steps: Step[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    const step = steps.length > 1 ? steps.shift() : steps[0];
    if (step === 'network') throw new TypeError('fetch failed');
    if (step === 'hang' || step === undefined) {
      return new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    return step.clone();
  });
  return { fn: fn as unknown as typeof fetch, calls, mock: fn };
}

let clock = 1_000_000;
const logger = { info: vi.fn(), warn: vi.fn() };

function client(f: ReturnType<typeof fakeFetch>, extra: Partial<PartnerClientConfig> = {}) {
  return createPartnerClient({
    baseUrl: BASE,
    apiKey: KEY,
    timeoutMs: 30,
    fetch: f.fn,
    sleep: async () => {},
    now: () => clock,
    logger: logger as unknown as PartnerClientConfig['logger'],
    ...extra,
  });
}

const headers = (init: RequestInit) => init.headers as Record<string, string>;
const rejection = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
};

beforeEach(() => {
  clock = 1_000_000;
  logger.info.mockClear();
  logger.warn.mockClear();
  resetDrift();
});
afterEach(() => vi.restoreAllMocks());

describe('input validation', () => {
  it('rejects bad input with field errors and never calls upstream', async () => {
    const f = fakeFetch(ok({}));
    const e = await rejection(
      client(f).call('verify_pan', { temp_client_id: 'tmp_1', pan: 'ABCPE1234F', btype: 'company' }),
    );
    expect(e).toBeInstanceOf(PartnerInputError);
    expect((e as PartnerInputError).fieldErrors.pan?.[0]).toMatch(/business type/);
    const e2 = await rejection(client(f).call('add_client_credits', { client_id: 'C1', credit: '0' }));
    expect((e2 as PartnerInputError).fieldErrors).toEqual({ credit: ['Enter an amount greater than 0'] });
    expect(f.mock).not.toHaveBeenCalled();
  });
});

describe('requests', () => {
  it('sends the bearer key, JSON headers and a generated request id', async () => {
    const f = fakeFetch(ok([]));
    await client(f).call('clients');
    const { url, init } = f.calls[0];
    expect(url).toBe('https://partner.test/partnerclients/clients');
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
    expect(headers(init).Authorization).toBe(`Bearer ${KEY}`);
    expect(headers(init)['Content-Type']).toBe('application/json');
    expect(headers(init)['X-Request-Id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('uses the caller request id and substitutes path params out of the body', async () => {
    const f = fakeFetch(
      ok({ client_id: 'C1', name: 'A', email: 'a@b.in', mobile: '9876543210', status: '1', balance: '0' }),
    );
    await client(f).call('client', { client_id: 'C1' }, { requestId: 'req-42' });
    expect(f.calls[0].url).toBe('https://partner.test/partnerclients/client/C1');
    expect(f.calls[0].init.body).toBeUndefined();
    expect(headers(f.calls[0].init)['X-Request-Id']).toBe('req-42');
  });

  it('posts the parsed body, values as strings', async () => {
    const f = fakeFetch(ok({ balance: '600', valid_till: null, transaction_id: 't1' }));
    const data = await client(f).call('add_client_credits', { client_id: 'C1', credit: 100 });
    expect(JSON.parse(String(f.calls[0].init.body))).toEqual({ client_id: 'C1', credit: '100' });
    expect(data.transaction_id).toBe('t1');
  });

  it('logs a digest per request: equal for the same read, different for other arguments, no arguments in it', async () => {
    const profile = { client_id: 'C1', name: 'A', email: 'a@b.in', mobile: '9876543210', status: '1', balance: '0' };
    const f = fakeFetch(ok(profile), ok(profile), ok({ ...profile, client_id: 'C2' }));
    const c = client(f);
    await c.call('client', { client_id: 'C1' });
    await c.call('client', { client_id: 'C1' });
    await c.call('client', { client_id: 'C2' });
    const digests = logger.info.mock.calls.map(([o]) => (o as { call: string }).call);
    expect(digests).toHaveLength(3);
    expect(digests[0]).toBe(digests[1]);
    expect(digests[2]).not.toBe(digests[0]);
    for (const d of digests) expect(d).toMatch(/^[\w-]{16}$/);
    expect(JSON.stringify(logger.info.mock.calls)).not.toContain('C1');
  });
});

describe('retries', () => {
  it('retries a read after 503 and after a timeout, then succeeds', async () => {
    const f = fakeFetch(fail(503, 'busy'), 'hang', ok({ balance: '10', currency: 'INR' }));
    const data = await client(f).call('wallet_balance', { client_id: 'C1' });
    expect(data.balance).toBe('10');
    expect(f.mock).toHaveBeenCalledTimes(3);
    // One request id across attempts, so upstream logs correlate.
    expect(new Set(f.calls.map((c) => headers(c.init)['X-Request-Id'])).size).toBe(1);
  });

  it('gives up on a read after three attempts', async () => {
    const f = fakeFetch(fail(502, 'bad gateway'));
    const e = (await rejection(client(f).call('clients'))) as PartnerApiError;
    expect(f.mock).toHaveBeenCalledTimes(3);
    expect(e).toMatchObject({ kind: 'http', status: 502, retryable: true });
    expect(e.userMessage).toMatch(/did not answer/);
  });

  it('does not retry a read on 429', async () => {
    const f = fakeFetch(fail(429, 'slow down'));
    const e = (await rejection(client(f).call('clients'))) as PartnerApiError;
    expect(f.mock).toHaveBeenCalledTimes(1);
    expect(e.userMessage).toMatch(/Too many attempts/);
  });

  it('never retries a mutation: a buy_did timeout calls fetch once and says the outcome is unknown', async () => {
    const f = fakeFetch('hang', ok({ did_id: '1', number: '+911143104501' }));
    const e = (await rejection(
      client(f).call('buy_did', { client_id: 'C1', number: '+911143104501', country: 'IN' }),
    )) as PartnerApiError;
    expect(f.mock).toHaveBeenCalledTimes(1);
    expect(e).toMatchObject({ kind: 'timeout', status: 0, retryable: false, outcomeUnknown: true });
    expect(e.userMessage).toMatch(/cannot tell whether this went through/);
  });

  it('never retries a mutation on 503 or a network error', async () => {
    for (const step of [fail(503, 'busy'), 'network' as const]) {
      const f = fakeFetch(step);
      const e = (await rejection(
        client(f).call('remove_did', { client_id: 'C1', did_no: '+911143104501' }),
      )) as PartnerApiError;
      expect(f.mock).toHaveBeenCalledTimes(1);
      expect(e.retryable).toBe(false);
    }
  });
});

describe('circuit breaker', () => {
  const breaker = { failureThreshold: 3, cooldownMs: 10_000 };
  const input = { client_id: 'C1' };

  it('opens after N upstream faults, fails fast, then half-opens and closes on success', async () => {
    const f = fakeFetch(fail(500, 'x'), fail(500, 'x'), fail(500, 'x'), ok({ agent_id: '1', status: '0' }));
    const c = client(f, { breaker, retries: 0 });
    for (let i = 0; i < 3; i++) await rejection(c.call('delete_agent', { ...input, agent_id: '1' }));
    expect(c.breakerState()).toBe('open');

    const e = (await rejection(c.call('delete_agent', { ...input, agent_id: '1' }))) as PartnerApiError;
    expect(e.kind).toBe('circuit_open');
    expect(e.userMessage).toMatch(/paused calls for 10 seconds/);
    expect(f.mock).toHaveBeenCalledTimes(3);

    clock += 10_000;
    expect(c.breakerState()).toBe('half_open');
    await expect(c.call('delete_agent', { ...input, agent_id: '1' })).resolves.toMatchObject({ agent_id: '1' });
    expect(c.breakerState()).toBe('closed');
    expect(f.mock).toHaveBeenCalledTimes(4);
  });

  it('reopens when the half-open trial fails', async () => {
    const f = fakeFetch('network');
    const c = client(f, { breaker, retries: 0 });
    for (let i = 0; i < 3; i++) await rejection(c.call('wallet_balance', input));
    clock += 10_000;
    await rejection(c.call('wallet_balance', input));
    expect(f.mock).toHaveBeenCalledTimes(4);
    expect(c.breakerState()).toBe('open');
  });

  it('does not count 4xx answers as faults', async () => {
    const f = fakeFetch(fail(404, 'nope'));
    const c = client(f, { breaker, retries: 0 });
    for (let i = 0; i < 5; i++) await rejection(c.call('wallet_balance', input));
    expect(c.breakerState()).toBe('closed');
  });
});

describe('responses and errors', () => {
  it('flags bodies that are not JSON or not an envelope as malformed', async () => {
    for (const body of ['<html>oops</html>', JSON.stringify({ ok: true })]) {
      const f = fakeFetch(new Response(body, { status: 200 }));
      const e = (await rejection(client(f).call('wallet_balance', { client_id: 'C1' }))) as PartnerApiError;
      expect(e.kind).toBe('malformed');
    }
  });

  it('maps 402, 409 and 422 with upstream messages and field errors', async () => {
    const call = async (res: Response) =>
      (await rejection(
        client(fakeFetch(res)).call('buy_did', { client_id: 'C1', number: '+911143104501', country: 'IN' }),
      )) as PartnerApiError;
    expect((await call(fail(402, 'Insufficient balance'))).userMessage).toMatch(
      /wallet balance is too low.*add credits/,
    );
    expect((await call(fail(409, 'This number is no longer available'))).userMessage).toBe(
      'This number is no longer available',
    );
    const e = await call(fail(422, 'Invalid number', { number: ['format'], country: 'unsupported' }));
    expect(e).toMatchObject({ kind: 'http', status: 422, upstreamMessage: 'Invalid number', retryable: false });
    expect(e.userMessage).toBe('Invalid number');
    expect(e.fieldErrors).toEqual({ number: ['format'], country: ['unsupported'] });
  });

  it('keeps the error envelope data (attempts left, missing steps) without the key', async () => {
    const f = fakeFetch(
      json(400, { status: 400, message: 'Wrong code', data: { attempts_left: 3, note: `key ${KEY}` } }),
    );
    const e = (await rejection(
      client(f).call('verify_otp', { request_id: 'req_1', emailotp: '123456', mobileotp: '654321' }),
    )) as PartnerApiError;
    expect(e.details).toEqual({ attempts_left: 3, note: 'key [redacted]' });
    const plain = (await rejection(client(fakeFetch(fail(409, 'Taken'))).call('clients'))) as PartnerApiError;
    expect(plain.details).toBeNull();
  });

  it('honours an error status inside a 200 envelope', async () => {
    const f = fakeFetch(json(200, { status: 409, message: 'Extension taken', data: null }));
    const e = (await rejection(
      client(f).call('add_agent', {
        client_id: 'C1',
        name: 'A',
        email: 'a@b.in',
        phonenumber: '9876543210',
        password: 'Secret-pass1',
      }),
    )) as PartnerApiError;
    expect(e).toMatchObject({ status: 409, userMessage: 'Extension taken' });
  });

  it('never lets the key into messages or logs', async () => {
    const f = fakeFetch(fail(401, `Key ${KEY} is not valid`));
    const e = (await rejection(client(f).call('clients'))) as PartnerApiError;
    expect(e.userMessage).toMatch(/partner key was refused.*administrator/);
    for (const text of [
      e.message,
      e.userMessage,
      e.upstreamMessage,
      JSON.stringify(logger.warn.mock.calls),
      JSON.stringify(logger.info.mock.calls),
    ]) {
      expect(text).not.toContain(KEY);
    }
  });

  it('logs each attempt with endpoint, request id, status, duration and attempt', async () => {
    await client(fakeFetch(ok([]))).call('pending', undefined, { requestId: 'r1' });
    expect(logger.info).toHaveBeenCalledWith(
      expect.objectContaining({
        endpoint: 'pending',
        requestId: 'r1',
        status: 200,
        attempt: 1,
        durationMs: expect.any(Number),
      }),
      expect.any(String),
    );
  });

  it('logs contract drift but still returns the data', async () => {
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined);
    const drifted = [{ client_id: 'C1', surprise: true }];
    const data = await client(fakeFetch(ok(drifted))).call('clients');
    expect(data).toEqual(drifted);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ event: 'contract_drift', endpoint: 'clients' }),
      expect.any(String),
    );
    const entry = driftReport().find((d) => d.endpoint === 'clients');
    expect(entry?.count).toBe(1);
    expect(entry?.issues.map((i) => i.path)).toContain('0.name');
  });
});

describe('403 on a change for a client', () => {
  const clientRow = (status: string) =>
    ok({ client_id: 'CL1', name: 'A', email: 'a@x.in', mobile: '9999999999', status, balance: '0' });

  it('says the client is inactive when a read of the client shows status 0', async () => {
    const f = fakeFetch(fail(403, 'Forbidden'), clientRow('0'));
    const e = (await rejection(
      client(f).call('add_client_credits', { client_id: 'CL1', credit: '10' }),
    )) as PartnerApiError;
    expect(e.status).toBe(403);
    expect(e.clientInactive).toBe(true);
    expect(e.userMessage).toMatch(/client is inactive/);
    expect(f.calls[1]?.url).toContain('/client/CL1');
  });

  it('keeps the partner-account message when the client is active', async () => {
    const f = fakeFetch(fail(403, 'Forbidden'), clientRow('1'));
    const e = (await rejection(
      client(f).call('add_client_credits', { client_id: 'CL1', credit: '10' }),
    )) as PartnerApiError;
    expect(e.clientInactive).toBe(false);
    expect(e.userMessage).toMatch(/partner account/);
  });
});
