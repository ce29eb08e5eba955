import type { MessageKey, Params, Translate } from '@/lib/i18n';
// Direct, zod-free modules only (never the @/lib/validation barrel): this file runs in the
// browser, and zod plus libphonenumber's metadata would double the signup's JavaScript.
import { aadhaarProblem } from '@/lib/validation/aadhaar';
import { looksLikeEmail, looksLikeIndianMobile } from '@/lib/validation/contact-rules';
import { gstinPan, gstinProblem, normalizeGstin } from '@/lib/validation/gstin';
import { BTYPE_PAN_CODES, BTYPES, type Btype, isValidPan, normalizePan, panMatchesBtype } from '@/lib/validation/pan';

/**
 * The wizard's checks, run in the browser before any (paid) upstream call and again in the
 * server action, so both sides agree. They use the zod-free rules of lib/validation (the server
 * additionally parses with the zod schemas) and return catalogue keys, so the messages follow
 * the chosen language.
 */
export type Problems = Record<string, { key: MessageKey; params?: Params }>;
export type Values = Record<string, string | undefined>;

const v = (s: string | undefined) => (s ?? '').trim();

export function checkAccount(x: Values, opts: { requirePassword: boolean } = { requirePassword: true }): Problems {
  const p: Problems = {};
  const name = v(x.name);
  if (!name || name.length > 100) p.name = { key: name ? 'v.name' : 'v.required' };
  if (!v(x.email)) p.email = { key: 'v.required' };
  else if (!looksLikeEmail(x.email ?? '')) p.email = { key: 'v.email' };
  if (!v(x.mobile)) p.mobile = { key: 'v.required' };
  else if (!looksLikeIndianMobile(v(x.mobile))) p.mobile = { key: 'v.mobile' };
  if (opts.requirePassword) Object.assign(p, checkPassword(x));
  if (v(x.promo).length > 40) p.promo = { key: 'v.promo' };
  return p;
}

export function checkPassword(x: Values): Problems {
  const p: Problems = {};
  const pw = x.password ?? '';
  if (pw.length < 8 || pw.length > 128) p.password = { key: pw ? 'v.password' : 'v.required' };
  else if ((x.confirmPassword ?? '') !== pw) p.confirmPassword = { key: 'v.confirm' };
  return p;
}

const isOtp = (s: string | undefined) => /^\d{6}$/.test(v(s));

export function checkOtp(x: Values, fields: string[]): Problems {
  const p: Problems = {};
  for (const f of fields) if (!isOtp(x[f])) p[f] = { key: 'v.otp' };
  return p;
}

export function checkPan(x: Values, btypeLabel: (b: Btype) => string): Problems {
  const p: Problems = {};
  const btype = v(x.btype);
  const validBtype = (BTYPES as readonly string[]).includes(btype);
  if (!validBtype) p.btype = { key: 'v.btype' };
  const pan = normalizePan(x.pan ?? '');
  if (!pan) p.pan = { key: 'v.required' };
  else if (!/^[A-Z]{5}\d{4}[A-Z]$/.test(pan)) p.pan = { key: 'v.panShape' };
  else if (!isValidPan(pan)) p.pan = { key: 'v.panFourth' };
  else if (validBtype && !panMatchesBtype(pan, btype)) {
    const b = btype as Btype;
    p.pan = { key: 'v.panBtype', params: { btype: btypeLabel(b), letters: BTYPE_PAN_CODES[b].join(' / ') } };
  }
  return p;
}

const AADHAAR_KEYS = { length: 'v.aadhaarLength', leading: 'v.aadhaarLeading', checksum: 'v.aadhaarChecksum' } as const;

export function checkAadhaar(x: Values): Problems {
  if (!v(x.aadhaar)) return { aadhaar: { key: 'v.required' } };
  const problem = aadhaarProblem(x.aadhaar ?? '');
  return problem ? { aadhaar: { key: AADHAAR_KEYS[problem] } } : {};
}

const GST_KEYS = { shape: 'v.gstShape', state: 'v.gstState', pan: 'v.gstPan', checksum: 'v.gstChecksum' } as const;

/**
 * `pan` is what the GSTIN must embed: the full PAN when the browser still has it, else the
 * masked one from the draft (first two and last three characters are compared).
 */
export function checkGstin(x: Values, pan: { full?: string | null; masked?: string | null }): Problems {
  if (!v(x.gst_num)) return { gst_num: { key: 'v.required' } };
  const gst = normalizeGstin(x.gst_num ?? '');
  const problem = gstinProblem(gst);
  if (problem) return { gst_num: { key: GST_KEYS[problem] } };
  const embedded = gstinPan(gst) ?? '';
  if (pan.full && embedded !== normalizePan(pan.full)) return { gst_num: { key: 'v.gstOtherPan' } };
  if (!pan.full && pan.masked && !maskedMatches(embedded, pan.masked)) return { gst_num: { key: 'v.gstOtherPan' } };
  return {};
}

function maskedMatches(pan: string, masked: string): boolean {
  return masked.length === 10 && pan.slice(0, 2) === masked.slice(0, 2) && pan.slice(7) === masked.slice(7);
}

export const SIGNATURE_RE = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/;
export const SIGNATURE_MAX = 1_500_000;

export function checkSign(x: Values, opts: { hasSavedSignature: boolean; needsPassword: boolean }): Problems {
  const p: Problems = {};
  const sig = x.signature ?? '';
  if (!sig && !opts.hasSavedSignature) p.signature = { key: 'v.signature' };
  else if (sig && (!SIGNATURE_RE.test(sig) || sig.length > SIGNATURE_MAX)) p.signature = { key: 'v.signature' };
  if (x.terms !== 'on' && x.terms !== 'true') p.terms = { key: 'v.terms' };
  if (opts.needsPassword) Object.assign(p, checkPassword(x));
  return p;
}

export function toFieldErrors(p: Problems, t: Translate): Record<string, string[]> {
  return Object.fromEntries(Object.entries(p).map(([k, { key, params }]) => [k, [t(key, params)]]));
}
