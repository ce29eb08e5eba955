/**
 * What of an action's input may be written to the audit log. Secrets and OTPs are
 * dropped, Aadhaar keeps its last four digits, PAN is masked, long values are cut.
 */
const SECRET_KEYS = new Set([
  'password',
  'current_password',
  'confirmpassword',
  'confirm',
  'password_confirmation',
  'otp',
  'emailotp',
  'mobileotp',
  'access_token',
  'accesstoken',
  'wss_header',
  'authorization',
  'token',
  'secret',
]);

export function redactInput(value: unknown, key = '', depth = 0): unknown {
  const k = key.toLowerCase();
  if (SECRET_KEYS.has(k)) return '[redacted]';
  if (typeof value === 'string') {
    if (k === 'aadhar_num' || k === 'aadhaar' || k === 'aadhaar_num')
      return `••••${value.replace(/\D/g, '').slice(-4)}`;
    // Click-Connect parties: the point of masking is that the numbers are not spread around.
    if (k === 'party_a' || k === 'party_b') return `••••••${value.replace(/\D/g, '').slice(-4)}`;
    if (k === 'pan') return value.length >= 4 ? `${value.slice(0, 2)}•••••${value.slice(-3)}` : '[redacted]';
    if (k === 'signature' || value.startsWith('data:')) return '[binary omitted]';
    return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  }
  if (depth > 4) return '[nested]';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactInput(v, key, depth + 1));
  if (value instanceof File) return `[file ${value.type} ${value.size} bytes]`;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([kk, v]) => [kk, redactInput(v, kk, depth + 1)]));
  }
  return value;
}
