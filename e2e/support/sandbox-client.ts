import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Creates a brand-new, active end-client through the sandbox's partner API, exactly as the
 * provider would (register → OTPs from the inbox → PAN → Aadhaar OTP → skip GST → preview →
 * accept), so a test that changes a client's state never touches the shared demo clients.
 * Plain fetch (no Playwright types), so setup code, specs and scripts can all use it.
 */
export function sandboxBaseUrl(): string {
  return process.env.E2E_BASE_URL ?? 'http://localhost:3100';
}

/** The sandbox's partner key: `npm test` exports it; else DATA_DIR/sandbox-secrets.json. */
export function sandboxKey(): string {
  const fromEnv = process.env.PARTNER_API_KEY || process.env.CANARY_PARTNER_KEY;
  if (fromEnv) return fromEnv;
  const file = path.resolve(process.env.DATA_DIR ?? 'data', 'sandbox-secrets.json');
  if (!existsSync(file)) throw new Error(`No partner key: set PARTNER_API_KEY or DATA_DIR (looked in ${file})`);
  return JSON.parse(readFileSync(file, 'utf8')).partnerApiKey;
}

const headers = () => ({ Authorization: `Bearer ${sandboxKey()}`, 'Content-Type': 'application/json' });

/** One partner API call through the sandbox; throws with the envelope on any non-2xx. */
export async function sandboxCall<T = Record<string, unknown>>(
  endpoint: string,
  body: Record<string, unknown> = {},
  method: 'POST' | 'GET' = 'POST',
): Promise<T> {
  const res = await fetch(`${sandboxBaseUrl()}/sandbox/partnerclients/${endpoint}`, {
    method,
    headers: headers(),
    body: method === 'POST' ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json().catch(() => ({}))) as { data?: T };
  if (!res.ok) throw new Error(`${endpoint} → ${res.status}: ${JSON.stringify(json)}`);
  return json.data as T;
}

/** The newest code the sandbox delivered to `to` for `purpose`. */
export async function inboxCode(to: string, purpose = 'registration'): Promise<string> {
  const res = await fetch(`${sandboxBaseUrl()}/sandbox/inbox.json?to=${encodeURIComponent(to)}`, {
    headers: headers(),
  });
  const list = (await res.json()) as { purpose: string; code: string }[];
  const hit = list.find((m) => m.purpose === purpose);
  if (!hit) throw new Error(`no ${purpose} code for ${to}`);
  return hit.code;
}

const rand = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');

export type NewClient = { clientId: string; name: string; email: string; mobile: string };

/**
 * A fresh active client named `name` (made unique), with `credits` rupees in its wallet
 * (default 0). A mobile starting 9 followed by random digits, an email on `.test`.
 */
export async function createSandboxClient(
  opts: { name?: string; credits?: number; validTill?: string } = {},
): Promise<NewClient> {
  const tag = `${Date.now().toString(36)}${rand(4)}`;
  const name = opts.name ? `${opts.name} ${tag}` : `E2E Client ${tag}`;
  const email = `e2e-${tag}@client.test`;
  const mobile = `9${rand(9)}`;
  const { request_id } = await sandboxCall<{ request_id: string }>('register', {
    name,
    email,
    mobile,
    password: 'E2e-client-Pass1',
    country_code: '+91',
  });
  const { temp_client_id } = await sandboxCall<{ temp_client_id: string | number }>('verify_otp', {
    request_id,
    emailotp: await inboxCode(email),
    mobileotp: await inboxCode(mobile),
  });
  const tc = String(temp_client_id);
  // A company PAN (4th letter C); the sandbox only checks its shape.
  await sandboxCall('verify_pan', {
    temp_client_id: tc,
    pan: `${letters(3)}C${letters(1)}${rand(4)}${letters(1)}`,
    btype: 'company',
  });
  // Verhoeff-valid Aadhaar numbers are hard to make at random: this one passes the check.
  const { ref } = await sandboxCall<{ ref: string }>('aadhar_otp', { temp_client_id: tc, aadhar_num: '234123412346' });
  await sandboxCall('aadhar_verify', { temp_client_id: tc, otp: await inboxCode(mobile, 'aadhaar'), ref });
  await sandboxCall('skip_gst', { temp_client_id: tc });
  await sandboxCall('preview_kyc', { temp_client_id: tc });
  const { client_id } = await sandboxCall<{ client_id: string }>('accept_kyc', {
    temp_client_id: tc,
    signature: 'data:image/png;base64,iVBORw0K',
  });
  if (opts.credits) {
    const body: Record<string, unknown> = { client_id, credit: String(opts.credits) };
    if (opts.validTill) body.valid_till = opts.validTill;
    await sandboxCall('add_client_credits', body);
  }
  return { clientId: client_id, name, email, mobile };
}

/**
 * Buys `count` numbers for a client, as the provider would, from the offers of one search. Specs
 * run in parallel and searches answer the same numbers first: offers are tried from a random
 * place in the list, and one taken meanwhile (409) or too dear for the credits (402) is skipped.
 */
export async function buyDids(
  clientId: string,
  count: number,
  search: Record<string, string> = { country_code: '+91' },
): Promise<{ didId: string; number: string }[]> {
  const offers = await sandboxCall<{ number: string }[]>('search_dids', { client_id: clientId, ...search });
  const start = Math.floor(Math.random() * offers.length);
  const bought: { didId: string; number: string }[] = [];
  for (let i = 0; i < offers.length && bought.length < count; i++) {
    const { number } = offers[(start + i) % offers.length];
    try {
      const r = await sandboxCall<{ did_id: string; number: string }>('buy_did', {
        client_id: clientId,
        number,
        country: 'IN',
      });
      bought.push({ didId: String(r.did_id), number: r.number });
    } catch (e) {
      if (!/→ (409|402):/.test(String(e))) throw e;
    }
  }
  if (bought.length < count) throw new Error(`bought ${bought.length} of ${count} numbers for ${clientId}`);
  return bought;
}
