/**
 * An agent as the portal shows it (from get_agents_availability, the only upstream listing),
 * and the table's search, filters and sort. Pure: unit-tested, and usable by the wallboard.
 */
export type Agent = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  extension: string | null;
  didNum: string | null;
  active: boolean;
  available: boolean;
  onCall: boolean;
};

export const AGENT_SORTS = ['name', 'extension', 'email', 'status'] as const;
export type AgentSort = (typeof AGENT_SORTS)[number];

export type AgentFilters = {
  q: string;
  status: 'all' | 'active' | 'inactive';
  availability: 'all' | 'available' | 'unavailable' | 'on-call';
  sort: AgentSort;
  dir: 'asc' | 'desc';
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const pick = <T extends string>(v: string, allowed: readonly T[], fallback: T): T =>
  (allowed as readonly string[]).includes(v) ? (v as T) : fallback;

/** Lenient: an unknown value falls back to the default instead of failing the page. */
export function parseAgentFilters(sp: Record<string, string | string[] | undefined>): AgentFilters {
  return {
    q: one(sp.q).trim().slice(0, 100),
    status: pick(one(sp.status), ['all', 'active', 'inactive'] as const, 'all'),
    availability: pick(one(sp.availability), ['all', 'available', 'unavailable', 'on-call'] as const, 'all'),
    sort: pick(one(sp.sort), AGENT_SORTS, 'name'),
    dir: one(sp.dir) === 'desc' ? 'desc' : 'asc',
  };
}

export function filterAgents(agents: readonly Agent[], f: AgentFilters): Agent[] {
  const terms = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = agents.filter((a) => {
    if (f.status === 'active' && !a.active) return false;
    if (f.status === 'inactive' && a.active) return false;
    if (f.availability === 'available' && !a.available) return false;
    if (f.availability === 'unavailable' && a.available) return false;
    if (f.availability === 'on-call' && !a.onCall) return false;
    const hay = [a.name, a.email, a.phone, a.extension, a.didNum].join(' ').toLowerCase();
    return terms.every((t) => hay.includes(t));
  });
  const key = (a: Agent): string =>
    f.sort === 'extension'
      ? (a.extension ?? '').padStart(8, '0')
      : f.sort === 'email'
        ? (a.email ?? '')
        : f.sort === 'status'
          ? `${a.active ? 0 : 1}${a.onCall ? 0 : a.available ? 1 : 2}`
          : a.name.toLowerCase();
  rows.sort((x, y) => key(x).localeCompare(key(y)) || x.name.localeCompare(y.name));
  return f.dir === 'desc' ? rows.reverse() : rows;
}

export type AgentCounts = { total: number; available: number; unavailable: number; onCall: number };

/** Wallboard counts over active agents; an agent on a call counts as on a call only. */
export function countAgents(agents: readonly Agent[]): AgentCounts {
  const active = agents.filter((a) => a.active);
  const onCall = active.filter((a) => a.onCall).length;
  const available = active.filter((a) => a.available && !a.onCall).length;
  return { total: active.length, available, onCall, unavailable: active.length - available - onCall };
}
