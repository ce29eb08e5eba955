import type { SandboxServer } from '@/lib/sandbox/contract/harness';

/** Onboards one client through the sandbox's HTTP API (register → KYC → accept); returns its id. */
export async function createTrialClient(server: SandboxServer): Promise<string> {
  const headers = { Authorization: `Bearer ${server.apiKey}`, 'Content-Type': 'application/json' };
  const call = async (endpoint: string, body: Record<string, unknown>) => {
    const res = await fetch(`${server.baseUrl}/partnerclients/${endpoint}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { data: Record<string, string> };
    if (!res.ok) throw new Error(`${endpoint}: ${res.status} ${JSON.stringify(json)}`);
    return json.data;
  };
  const code = async (to: string, purpose: string) => {
    const res = await fetch(`${server.baseUrl}/inbox.json?to=${encodeURIComponent(to)}`, { headers });
    const list = (await res.json()) as { purpose: string; code: string }[];
    const hit = list.find((m) => m.purpose === purpose);
    if (!hit) throw new Error(`no ${purpose} code for ${to}`);
    return hit.code;
  };
  const email = 'trials@client.test';
  const mobile = '9123400001';
  const { request_id } = await call('register', {
    name: 'Trial Client',
    email,
    mobile,
    password: 'Trial-pass-123',
    country_code: '+91',
  });
  const { temp_client_id } = await call('verify_otp', {
    request_id,
    emailotp: await code(email, 'registration'),
    mobileotp: await code(mobile, 'registration'),
  });
  const tc = String(temp_client_id);
  await call('verify_pan', { temp_client_id: tc, pan: 'ABCCE1234F', btype: 'company' });
  const { ref } = await call('aadhar_otp', { temp_client_id: tc, aadhar_num: '234123412346' });
  await call('aadhar_verify', { temp_client_id: tc, otp: await code(mobile, 'aadhaar'), ref });
  await call('skip_gst', { temp_client_id: tc });
  await call('preview_kyc', { temp_client_id: tc });
  const { client_id } = await call('accept_kyc', { temp_client_id: tc, signature: 'data:image/png;base64,iVBORw0K' });
  return client_id;
}
