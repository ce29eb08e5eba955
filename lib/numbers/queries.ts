import 'server-only';
import { cache } from 'react';
import { toPaise } from '@/lib/money';
import { isPartnerApiError, partnerApi } from '@/lib/partner-api';
import { agentsAvailability, clientDids, walletBalance } from '@/lib/partner-api/reads';
import { cleanWorkingHours, type ScheduleValue } from '@/lib/schedule/form';
import { memorablePatterns, type PatternMatch } from './patterns';
import type { SearchQuery } from './schemas';

export type Region = { id: string; name: string; countryCode: string };

export type NumberOffer = {
  number: string;
  /** Digits after the country code: what the patterns are found in and people read. */
  national: string;
  countryCode: string;
  region: string | null;
  setupPaise: number;
  monthlyPaise: number;
  patterns: PatternMatch[];
};

export type ClientNumber = {
  didId: string;
  number: string;
  region: string | null;
  status: string | null;
  flowId: string | null;
  agentExt: string | null;
  agentName: string | null;
  /** Agents whose outgoing caller id is this number. */
  callerIdOf: { id: string; name: string; extension: string | null }[];
};

export type Holiday = { id: string; name: string; date: string };
export type DidSchedule = ScheduleValue & { didId: string; holidays: Holiday[] };

export const getRegions = cache(async (): Promise<Region[]> => {
  const rows = await partnerApi().call('did_regions');
  return rows.map((r) => ({ id: r.id, name: r.name, countryCode: r.country_code ?? '+91' }));
});

export function splitNumber(number: string, countryCode: string): { national: string; countryCode: string } {
  const digits = number.replace(/[^\d+]/g, '');
  return digits.startsWith(countryCode)
    ? { national: digits.slice(countryCode.length), countryCode }
    : { national: digits.replace(/^\+/, ''), countryCode: '' };
}

/** Upstream search, with costs in paise and memorable patterns found. */
export const searchNumbers = cache(async (clientId: string, q: SearchQuery): Promise<NumberOffer[]> => {
  const regions = await getRegions();
  const region = regions.find((r) => r.id === q.region);
  const countryCode = region?.countryCode ?? regions[0]?.countryCode ?? '+91';
  const rows = await partnerApi().call('search_dids', {
    client_id: clientId,
    country_code: countryCode,
    region: q.region,
    pattern: q.pattern,
    search_pattern: q.pattern ? (q.mode ?? 'contains') : undefined,
  });
  const offers = rows.map((r) => {
    const split = splitNumber(r.number, countryCode);
    return {
      number: r.number,
      ...split,
      region: r.region ?? null,
      setupPaise: toPaise(r.setup_cost ?? '0'),
      monthlyPaise: toPaise(r.monthly_cost ?? '0'),
      patterns: memorablePatterns(split.national),
    };
  });
  return q.memorable ? offers.filter((o) => o.patterns.length > 0) : offers;
});

export const getWalletBalancePaise = cache(async (clientId: string): Promise<number> => {
  const w = await walletBalance(clientId);
  return toPaise(w.balance);
});

export const getClientNumbers = cache(async (clientId: string): Promise<ClientNumber[]> => {
  const [dids, agents] = await Promise.all([
    clientDids(clientId),
    // The only listing of agents upstream; a client without agents may answer 404.
    agentsAvailability(clientId).catch((e: unknown) => {
      if (isPartnerApiError(e) && e.status === 404) return [];
      throw e;
    }),
  ]);
  const sameNumber = (a: string | null | undefined, b: string) =>
    !!a && a.replace(/\D/g, '').endsWith(b.replace(/\D/g, '').slice(-10));
  return dids.map((d) => ({
    didId: d.did_id,
    number: d.number,
    region: d.region ?? null,
    status: d.status ?? null,
    flowId: d.flow_id ?? null,
    agentExt: d.agent_ext ?? null,
    agentName: d.agent_ext ? (agents.find((a) => a.extension === d.agent_ext)?.name ?? null) : null,
    callerIdOf: agents
      .filter((a) => a.status !== '0' && sameNumber(a.did_num, d.number))
      .map((a) => ({ id: a.agent_id, name: a.name, extension: a.extension ?? null })),
  }));
});

export const getDidSchedule = cache(async (clientId: string, didId: string): Promise<DidSchedule> => {
  const s = await partnerApi().call('get_did_schedule', { client_id: clientId, did_id: didId });
  return {
    didId: s.did_id,
    timezone: s.timezone,
    working_hours: cleanWorkingHours(s.working_hours),
    holidays: s.holidays
      .map((h) => ({ id: h.holiday_id, name: h.name, date: h.date }))
      .sort((a, b) => a.date.localeCompare(b.date)),
  };
});

/** One number as currently offered (its costs), or null when it is no longer available. */
export const findOffer = cache(async (clientId: string, number: string): Promise<NumberOffer | null> => {
  const digits = number.replace(/\D/g, '').slice(-10);
  if (digits.length < 6) return null;
  const offers = await searchNumbers(clientId, { pattern: digits, mode: 'ends_with', memorable: false });
  return offers.find((o) => o.number.replace(/\D/g, '').endsWith(digits)) ?? null;
});
