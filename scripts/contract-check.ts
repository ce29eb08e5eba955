/**
 * Contract check: calls the read-only partner endpoints of the configured API
 * (PARTNER_API_BASE_URL / PARTNER_API_KEY via env()) and reports, per endpoint, whether
 * the answer matches the shapes in lib/partner-api/endpoints. Exits 1 on drift or error.
 * Only reads are called, so it is safe against the live API.
 */
import { env } from '@/lib/env';
import {
  driftReport,
  type EndpointName,
  PartnerApiError,
  PartnerInputError,
  partnerApi,
  type RequestOf,
  resetDrift,
} from '@/lib/partner-api';

type Row = { endpoint: string; result: 'ok' | 'drift' | 'error' | 'skipped'; detail: string };

const rows: Row[] = [];

async function check<N extends EndpointName>(name: N, input?: RequestOf<N>): Promise<unknown> {
  resetDrift();
  try {
    const call = partnerApi().call as (n: N, i?: RequestOf<N>) => Promise<unknown>;
    const data = await call(name, input);
    const drift = driftReport().find((d) => d.endpoint === name);
    rows.push(
      drift
        ? { endpoint: name, result: 'drift', detail: drift.issues.map((i) => `${i.path}: ${i.message}`).join('; ') }
        : { endpoint: name, result: 'ok', detail: Array.isArray(data) ? `${data.length} item(s)` : '' },
    );
    return data;
  } catch (e) {
    const detail =
      e instanceof PartnerApiError
        ? `${e.kind}${e.status ? ` ${e.status}` : ''}${e.upstreamMessage ? `: ${e.upstreamMessage}` : ''}`
        : e instanceof PartnerInputError
          ? `input: ${JSON.stringify(e.fieldErrors)}`
          : String(e);
    rows.push({ endpoint: name, result: 'error', detail });
    return undefined;
  }
}

function firstClientId(list: unknown): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const id = (list[0] as { client_id?: unknown } | undefined)?.client_id;
  return id === undefined || id === null ? undefined : String(id);
}

function printTable(): void {
  const w = Math.max(...rows.map((r) => r.endpoint.length), 'endpoint'.length);
  console.log(`${'endpoint'.padEnd(w)}  result   detail`);
  console.log(`${'-'.repeat(w)}  -------  ------`);
  for (const r of rows) console.log(`${r.endpoint.padEnd(w)}  ${r.result.padEnd(7)}  ${r.detail}`);
}

async function main(): Promise<number> {
  const e = env();
  // The key is never printed; the base URL is what an operator needs to see.
  console.log(`Contract check against ${e.partnerApiBaseUrl} (${e.mode} mode)\n`);

  // Sequential on purpose: drift is read per call from the shared in-memory report.
  const clients = await check('clients');
  await check('pending');
  await check('did_regions');

  const clientId = firstClientId(clients);
  const perClient: EndpointName[] = [
    'client',
    'client_dids',
    'get_wss_bots',
    'get_whatsapp_dids',
    'wallet_balance',
    'wallet_transactions',
    'get_agents_availability',
    'search_dids',
  ];
  if (!clientId) {
    for (const name of perClient)
      rows.push({ endpoint: name, result: 'skipped', detail: 'no client to check against' });
  } else {
    await check('client', { client_id: clientId });
    await check('client_dids', { client_id: clientId });
    await check('get_wss_bots', { client_id: clientId });
    await check('get_whatsapp_dids', { client_id: clientId });
    await check('wallet_balance', { client_id: clientId });
    await check('wallet_transactions', { client_id: clientId, page: '1', limit: '10' });
    await check('get_agents_availability', { client_id: clientId });
    await check('search_dids', { client_id: clientId, country_code: '+91' });
  }

  printTable();
  const bad = rows.filter((r) => r.result === 'drift' || r.result === 'error');
  console.log(
    `\n${rows.length - bad.length} of ${rows.length} fine${bad.length ? `, ${bad.length} with drift or errors` : ''}.`,
  );
  return bad.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
