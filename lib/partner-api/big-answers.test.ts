import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { log } from '@/lib/log';
import { createPartnerClient, type PartnerClientConfig } from './client';
import { driftReport, parseLenient, parseLenientSliced, resetDrift } from './drift';
import { clientOut } from './endpoints/clients';
import type { PartnerApiError } from './errors';
import { SLICED_MIN_CHARS } from './json-slices';

// The unpaged clients list at 10,000 clients: the answer that is parsed and checked in slices.
const row = (i: number) => ({
  client_id: `CL${String(i).padStart(10, '0')}`,
  name: `Client ${i}`,
  email: `c${i}@example.test`,
  mobile: `98765${String(i).padStart(5, '0')}`,
  status: i % 7 ? '1' : '0',
  balance: (i * 13.37).toFixed(2),
  valid_till: '2027-01-01 00:00:00',
  created_at: '2025-06-01 10:00:00',
  company: 'Acme',
});
const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i));

const respond = (body: string) =>
  createPartnerClient({
    baseUrl: 'https://partner.test/',
    apiKey: 'pk_live_0123456789abcdef0123456789',
    timeoutMs: 5_000,
    retries: 0,
    fetch: (async () => new Response(body, { status: 200 })) as unknown as typeof fetch,
    logger: { info: vi.fn(), warn: vi.fn() } as unknown as PartnerClientConfig['logger'],
  });

beforeEach(() => resetDrift());
afterEach(() => vi.restoreAllMocks());

describe('big answers through the partner client', () => {
  it('returns a 10,000-item list equal to the one-go parse, with the event loop served meanwhile', async () => {
    const data = rows(10_000);
    const body = JSON.stringify({ status: 200, message: 'OK', data });
    expect(body.length).toBeGreaterThan(SLICED_MIN_CHARS);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      const got = await respond(body).call('clients');
      expect(got).toEqual(parseLenient('clients', clientOut.array(), JSON.parse(body).data));
      expect(got).toHaveLength(10_000);
    } finally {
      clearInterval(timer);
    }
    // Timers ran while the answer was parsed and checked: it did not hold the loop in one go.
    expect(ticks).toBeGreaterThan(2);
    expect(driftReport()).toEqual([]);
  });

  it('flags a big body that is not JSON as malformed', async () => {
    const body = JSON.stringify({ status: 200, message: 'OK', data: rows(10_000) });
    for (const broken of [body.slice(0, -1), body.replace('"Client 9000"', '"Client 9000" "x"'), `${body},`]) {
      const e = (await respond(broken)
        .call('clients')
        .then(
          () => null,
          (err: unknown) => err,
        )) as PartnerApiError | null;
      expect(e?.kind).toBe('malformed');
    }
  });

  it('records drift for one bad item deep in a big list and returns the raw data', async () => {
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined);
    const data: unknown[] = rows(10_000);
    data[9876] = { ...row(9876), name: 42 };
    const got = await respond(JSON.stringify({ status: 200, message: 'OK', data })).call('clients');
    expect(got).toEqual(data);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ event: 'contract_drift', endpoint: 'clients' }),
      expect.any(String),
    );
    const entry = driftReport().find((d) => d.endpoint === 'clients');
    expect(entry?.count).toBe(1);
    expect(entry?.issues.map((i) => i.path)).toEqual(['9876.name']);
  });
});

describe('parseLenientSliced', () => {
  it('records the same issues as the one-go parse, across slices, first 20 in order', async () => {
    vi.spyOn(log, 'warn').mockImplementation(() => undefined);
    const data: unknown[] = rows(3000);
    for (const i of [5, 499, 500, 1234, 2999]) data[i] = { ...row(i), email: null, status: [] };
    for (let i = 2000; i < 2020; i++) data[i] = 'not a client';
    const schema = clientOut.array();

    parseLenient('one-go', schema, data);
    const sliced = await parseLenientSliced('sliced', schema, data, { minItems: 10, slice: 500 });
    expect(sliced).toBe(data);
    const [oneGo, inSlices] = ['one-go', 'sliced'].map((n) => driftReport().find((d) => d.endpoint === n));
    expect(inSlices?.issues).toEqual(oneGo?.issues);
    expect(inSlices?.issues).toHaveLength(20);
    expect(inSlices?.issues[0].path).toBe('5.email');
  });

  it('returns what the schema outputs when every item fits, and parses arrays with own checks at once', async () => {
    const data = rows(1500);
    const schema = clientOut.array();
    expect(await parseLenientSliced('ok', schema, data, { minItems: 10, slice: 100 })).toEqual(schema.parse(data));
    // A check on the array itself needs the whole: the slices cannot stand in for it.
    vi.spyOn(log, 'warn').mockImplementation(() => undefined);
    await parseLenientSliced('max', schema.max(1000), data, { minItems: 10, slice: 100 });
    expect(driftReport().find((d) => d.endpoint === 'max')?.issues[0].path).toBe('(root)');
  });
});
