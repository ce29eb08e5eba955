import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS, type EndpointDef, type EndpointName } from './endpoints';

type DocEndpoint = {
  method: string;
  path: string;
  params: { name: string; required: boolean; in: string }[];
  example: Record<string, unknown> | null;
};

const doc = JSON.parse(readFileSync(path.resolve(process.cwd(), '../shared/partner-api/endpoints.json'), 'utf8')) as {
  endpoints: DocEndpoint[];
};
const defs: EndpointDef[] = Object.values(ENDPOINTS);
const byPath = new Map<string, EndpointDef>(defs.map((d) => [d.path, d]));

describe('endpoint catalogue', () => {
  it('has the 48 documented endpoints plus the 5 number-masking calls', () => {
    expect(doc.endpoints).toHaveLength(48);
    expect(defs).toHaveLength(53);
    expect(defs.filter((d) => d.path.startsWith('/api/click_connect'))).toHaveLength(5);
  });

  it('keys every definition by its own name, with unique paths', () => {
    for (const [key, def] of Object.entries(ENDPOINTS)) expect(def.name).toBe(key);
    expect(byPath.size).toBe(53);
  });

  it.each(doc.endpoints.map((e) => [e.method, e.path, e] as const))('covers %s %s', (method, p, e) => {
    const def = byPath.get(p);
    expect(def, `${method} ${p} missing`).toBeDefined();
    if (!def) return;
    expect(def.method).toBe(method);
    // Every GET is a read; every documented parameter is a key of the request schema.
    if (method === 'GET') expect(def.readOnly).toBe(true);
    // Refined objects stay ZodObjects in zod 4, so every request schema has a shape.
    const keys = Object.keys((def.request as unknown as { shape: Record<string, unknown> }).shape);
    for (const param of e.params) expect(keys, `${p} ${param.name}`).toContain(param.name);
  });

  it('accepts the reference examples except where they break the real rules', () => {
    // The reference's placeholder PAN, Aadhaar and GSTIN are not valid numbers (PAN 4th letter
    // "D", Aadhaar starting with 1, GSTIN built on that PAN): real input must be. The
    // signature and access token examples are truncated ("iVBORw0K...", "EAAG...").
    const invalidExamples = new Set([
      '/partnerclients/verify_pan',
      '/partnerclients/aadhar_otp',
      '/partnerclients/verify_gst',
      '/partnerclients/accept_kyc',
      '/partnerclients/link_whatsapp_did',
    ]);
    for (const e of doc.endpoints) {
      const def = byPath.get(e.path);
      if (!def || e.method === 'GET' || invalidExamples.has(e.path)) continue;
      const r = def.request.safeParse(e.example);
      expect(r.success, `${e.path}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
  });

  it('rejects a missing required parameter', () => {
    for (const e of doc.endpoints) {
      const def = byPath.get(e.path);
      const required = e.params.find((p) => p.required);
      if (!def || !e.example || !required) continue;
      const { [required.name]: _omit, ...rest } = e.example;
      expect(def.request.safeParse(rest).success, `${e.path} without ${required.name}`).toBe(false);
    }
  });

  it('marks the read-only calls (and only those) as retryable', () => {
    const reads = defs
      .filter((d) => d.readOnly)
      .map((d) => d.name)
      .sort();
    expect(reads).toEqual(
      [
        'clients',
        'client',
        'pending',
        'did_regions',
        'search_dids',
        'client_dids',
        'get_did_schedule',
        'get_agent_schedule',
        'get_agents_availability',
        'get_wss_bots',
        'get_wss_bot',
        'get_whatsapp_dids',
        'get_whatsapp_schedule',
        'wallet_transactions',
        'wallet_balance',
        'preview_kyc',
        'click_connect_sessions',
        'click_connect_records',
      ].sort(),
    );
    for (const money of ['buy_did', 'add_client_credits', 'click_connect'] satisfies EndpointName[])
      expect(ENDPOINTS[money].readOnly).toBe(false);
  });

  it('sends values as the API wants them', () => {
    expect(ENDPOINTS.add_client_credits.request.parse({ client_id: 'C1', credit: 500.5 })).toEqual({
      client_id: 'C1',
      credit: '500.50',
    });
    expect(ENDPOINTS.update_status.request.parse({ client_id: 'C1', status: true })).toEqual({
      client_id: 'C1',
      status: '1',
    });
    expect(
      ENDPOINTS.register.request.parse({
        name: 'Acme',
        email: 'A@B.in',
        mobile: '+919876543210',
        password: 'Secret-pass1',
      }),
    ).toMatchObject({
      email: 'a@b.in',
      mobile: '9876543210',
      country_code: '+91',
    });
    expect(ENDPOINTS.wallet_transactions.request.parse({ client_id: 'C1', page: '', limit: 20 })).toEqual({
      client_id: 'C1',
      limit: '20',
    });
    expect(ENDPOINTS.client.request.safeParse({ client_id: '../clients' }).success).toBe(false);
  });

  it('parses responses leniently, keeping unknown fields', () => {
    const r = ENDPOINTS.client.response.safeParse({
      client_id: 12,
      name: 'Acme',
      email: 'a@b.in',
      mobile: '9876543210',
      status: 1,
      balance: 10.5,
      valid_till: null,
      extra: 'kept',
    });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ client_id: '12', status: '1', balance: '10.5', extra: 'kept' });
  });
});
