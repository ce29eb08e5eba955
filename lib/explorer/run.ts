import 'server-only';
import { env } from '@/lib/env';
import { UserError } from '@/lib/errors';
import { type EndpointName, isPartnerApiError, PartnerInputError, partnerApi } from '@/lib/partner-api';
import { catalogueEntry } from './catalogue';

export type ExplorerResponse = {
  endpoint: string;
  ok: boolean;
  status: number;
  durationMs: number;
  /** Upstream's `data` on success; on failure the error envelope's message, fields and details. */
  body: unknown;
};

// Saved secrets come back from some reads (bot headers, WhatsApp tokens): never to a browser.
const SECRET = /^(wss_header|access_token|accesstoken|password|secret|token|api_key|apikey|authorization)$/i;

export function hideSecrets(v: unknown, depth = 0): unknown {
  if (depth > 8) return '[nested]';
  if (Array.isArray(v)) return v.map((x) => hideSecrets(x, depth + 1));
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, SECRET.test(k) && x ? '[hidden]' : hideSecrets(x, depth + 1)]),
    );
  return v;
}

/**
 * One call from the explorer, through the portal's own client (timeouts, retries for reads,
 * the breaker, the metrics). Form fields arrive as text: empty ones are left out and fields
 * the reference types as objects or arrays are parsed as JSON.
 */
export async function runExplorerCall(
  name: string,
  fields: Record<string, string>,
  confirm: string | undefined,
): Promise<ExplorerResponse> {
  const entry = catalogueEntry(name);
  if (!entry) throw new UserError('Choose an endpoint.', { endpoint: ['Unknown endpoint.'] });
  if (env().mode === 'live' && !entry.readOnly && confirm?.trim() !== entry.name)
    throw new UserError(`This call changes live data. Type ${entry.name} to confirm.`, {
      confirm: [`Type ${entry.name} to confirm.`],
    });

  const input: Record<string, unknown> = {};
  const badJson: Record<string, string[]> = {};
  for (const [k, raw] of Object.entries(fields)) {
    const value = raw.trim();
    if (value === '') continue;
    const type = entry.params.find((p) => p.name === k)?.type;
    if (type === 'object' || type === 'array') {
      try {
        input[k] = JSON.parse(value);
      } catch {
        badJson[k] = ['Enter valid JSON.'];
      }
    } else input[k] = value;
  }
  if (Object.keys(badJson).length > 0) throw new UserError('Check the highlighted fields.', badJson);

  const started = performance.now();
  try {
    const data = await partnerApi().call(entry.name as EndpointName, input as never);
    return {
      endpoint: entry.name,
      ok: true,
      status: 200,
      durationMs: Math.round(performance.now() - started),
      body: hideSecrets(data),
    };
  } catch (e) {
    if (e instanceof PartnerInputError) throw new UserError('Check the highlighted fields.', e.fieldErrors);
    if (!isPartnerApiError(e)) throw e;
    return {
      endpoint: entry.name,
      ok: false,
      status: e.status,
      durationMs: Math.round(performance.now() - started),
      body: hideSecrets({
        kind: e.kind,
        message: e.userMessage,
        ...(Object.keys(e.fieldErrors).length ? { errors: e.fieldErrors } : {}),
        ...(e.details ? { data: e.details } : {}),
      }),
    };
  }
}

/** "Test connection": a cheap read (the DID regions) with its latency. */
export async function testConnection(): Promise<{ ok: boolean; latencyMs: number; message: string }> {
  const started = performance.now();
  try {
    const regions = await partnerApi().call('did_regions', undefined, { timeoutMs: 5_000 });
    const latencyMs = Math.round(performance.now() - started);
    return { ok: true, latencyMs, message: `Connected: ${regions.length} DID regions in ${latencyMs} ms.` };
  } catch (e) {
    const latencyMs = Math.round(performance.now() - started);
    const why = isPartnerApiError(e) ? e.userMessage : 'The request failed.';
    return { ok: false, latencyMs, message: `Not connected after ${latencyMs} ms. ${why}` };
  }
}
