import { z } from 'zod';
import type { FieldErrors } from './errors';
import { parseJsonSliced, type SlicedOptions } from './json-slices';

/**
 * The upstream envelope `{status, message, data, errors?}`. Pure (no server-only) so the
 * sandbox can build the same shape; `errors` values may be one string or a list.
 */
export const envelopeSchema = z.looseObject({
  status: z.union([z.number(), z.string()]).optional(),
  message: z.string().nullish(),
  data: z.unknown(),
  errors: z.record(z.string(), z.union([z.string(), z.array(z.string())])).nullish(),
});

export type Envelope = z.infer<typeof envelopeSchema>;

export function parseEnvelope(text: string): Envelope | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  return asEnvelope(json);
}

/**
 * parseEnvelope for any size: a big answer (the unpaged clients list) is parsed in slices with
 * the event loop free between them (json-slices.ts); a small one at once, as before.
 */
export async function parseEnvelopeSliced(text: string, opts?: SlicedOptions): Promise<Envelope | null> {
  let json: unknown;
  try {
    json = await parseJsonSliced(text, opts);
  } catch {
    return null;
  }
  return asEnvelope(json);
}

function asEnvelope(json: unknown): Envelope | null {
  // `data` must be present (null is fine on errors): an object without it is not our envelope.
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('data' in json)) return null;
  const parsed = envelopeSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function envelopeFieldErrors(errors: Envelope['errors']): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors ?? {})) out[k] = Array.isArray(v) ? v : [v];
  return out;
}

/** Some PHP APIs answer HTTP 200 with an error status in the body; honour the body's status. */
export function envelopeStatus(env: Envelope): number | undefined {
  const n = typeof env.status === 'string' ? Number(env.status) : env.status;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}
