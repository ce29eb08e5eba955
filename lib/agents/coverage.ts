import { describeOpenAt, type HolidayLike, isOpenAt, type ScheduleLike } from '@/lib/schedule/open-at';
import type { Agent } from './list';

/**
 * Coverage warnings: a number whose own schedule says "open now" while the agent its calls
 * go to (client_dids.agent_ext) cannot take them: unavailable, off its schedule, or gone.
 */
export type RoutedDid = {
  number: string;
  agentExt: string;
  schedule: ScheduleLike | null;
  holidays: HolidayLike[];
};

export type CoverageWarning = { number: string; agentExt: string; agentName: string | null; problem: string };

export function coverageWarnings(
  dids: readonly RoutedDid[],
  agents: readonly Agent[],
  agentSchedules: ReadonlyMap<string, ScheduleLike | null>,
  at: Date,
): CoverageWarning[] {
  const out: CoverageWarning[] = [];
  for (const d of dids) {
    if (!d.schedule || !isOpenAt(d.schedule, d.holidays, at).open) continue;
    const agent = agents.find((a) => a.active && a.extension === d.agentExt);
    const base = { number: d.number, agentExt: d.agentExt, agentName: agent?.name ?? null };
    if (!agent) {
      out.push({ ...base, problem: `is open now but routes to extension ${d.agentExt}, which no active agent has` });
      continue;
    }
    if (!agent.available) {
      out.push({ ...base, problem: `is open now but ${agent.name} (ext. ${d.agentExt}) is unavailable` });
      continue;
    }
    const own = agentSchedules.get(agent.id);
    if (own) {
      const r = isOpenAt(own, [], at);
      if (!r.open)
        out.push({
          ...base,
          problem: `is open now but ${agent.name} (ext. ${d.agentExt}) is off schedule (${describeOpenAt(r)})`,
        });
    }
  }
  return out;
}
