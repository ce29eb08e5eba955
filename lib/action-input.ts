/**
 * The raw argument shapes a server action accepts, checked before anything else:
 *   (formData)                 a plain <form action>
 *   (prevState, formData)      useActionState
 *   (object) / ()              useMutation, direct calls, actions without input
 * Anything else (a string, an array, a class instance, a FormData in the wrong place) is
 * refused with a clear message; it never reaches zod or `run`, and never becomes a 500.
 */
export type RawArgs =
  | { ok: true; raw: Record<string, unknown>; values?: Record<string, string> }
  | { ok: false; message: string; reason: string };

export const BAD_REQUEST = 'This request was not understood. Reload the page and try again.';

/** Keys that must never become object structure, whatever a caller sends. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** FormData → plain object: repeated keys become arrays, React's internal `$ACTION_` keys go. */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const acc = new Map<string, unknown>();
  for (const [k, v] of fd.entries()) {
    if (k.startsWith('$ACTION') || UNSAFE_KEYS.has(k)) continue;
    const prev = acc.get(k);
    acc.set(k, prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]);
  }
  return Object.fromEntries(acc);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** What the form showed, to put back after a failure (never passwords, OTPs or files). */
function echoValues(raw: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw).filter(
      ([k, v]) =>
        typeof v === 'string' && // `header`: a voice bot's wss_header is a secret too.
        !/password|otp|token|secret|signature|confirm|header/i.test(k),
    ) as [string, string][],
  );
}

export function parseRawArgs(args: readonly unknown[]): RawArgs {
  const [first, second] = args;
  if (args.length > 2) return { ok: false, message: BAD_REQUEST, reason: 'too many arguments' };
  if (second instanceof FormData) {
    const raw = formDataToObject(second);
    return { ok: true, raw, values: echoValues(raw) };
  }
  if (second !== undefined) return { ok: false, message: BAD_REQUEST, reason: 'unexpected second argument' };
  if (first instanceof FormData) {
    const raw = formDataToObject(first);
    return { ok: true, raw, values: echoValues(raw) };
  }
  if (first === undefined || first === null) return { ok: true, raw: {} };
  if (isPlainObject(first)) {
    const raw: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(first)) if (!UNSAFE_KEYS.has(k)) raw[k] = v;
    return { ok: true, raw };
  }
  return {
    ok: false,
    message: BAD_REQUEST,
    reason: `argument is ${Array.isArray(first) ? 'an array' : typeof first}`,
  };
}
