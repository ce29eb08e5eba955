export type StepDetail = { code?: string; attemptsLeft?: number; resendAfterS?: number };

import type { Step } from './steps';

/** What a wizard operation answers the browser (public and staff alike). */
export type StepResult =
  | { ok: true; step: Step; data?: Record<string, unknown>; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; detail?: StepDetail; ref?: string };

/** Only short strings travel from the browser; the signature (a data URL) may be large. */
export function cleanValues(input: unknown): Record<string, string> {
  if (!input || typeof input !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (typeof v !== 'string' || k.startsWith('$')) continue;
    const max = k === 'signature' ? 2_000_000 : 500;
    out[k] = v.length > max ? v.slice(0, max) : v;
  }
  return out;
}
