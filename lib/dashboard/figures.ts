/**
 * The dashboard's arithmetic, pure so it is tested on fixed data: client counts against the
 * portal's thresholds, and pending registrations by stage.
 */
export type ClientLike = { active: boolean; balancePaise: number; validTillMs: number | null };

export type ClientFigures = {
  total: number;
  active: number;
  inactive: number;
  lowBalance: number;
  expiring: number;
  expired: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Low balance and expiring count active clients only: an inactive one is not at risk of stopping. */
export function clientFigures(
  rows: readonly ClientLike[],
  t: { lowBalancePaise: number; validityWarningDays: number },
  nowMs: number,
): ClientFigures {
  const f: ClientFigures = { total: rows.length, active: 0, inactive: 0, lowBalance: 0, expiring: 0, expired: 0 };
  const horizon = nowMs + t.validityWarningDays * DAY_MS;
  for (const r of rows) {
    if (!r.active) {
      f.inactive++;
      continue;
    }
    f.active++;
    if (r.balancePaise < t.lowBalancePaise) f.lowBalance++;
    if (r.validTillMs !== null) {
      if (r.validTillMs < nowMs) f.expired++;
      else if (r.validTillMs <= horizon) f.expiring++;
    }
  }
  return f;
}

export type StageFigure = { stage: string; label: string; count: number; oldestMs: number | null };

/** Registrations per stage in `order`, unknown stages after, each with its oldest start. */
export function pendingByStage(
  items: readonly { stage: string; stageLabel: string; createdAt: string | null }[],
  order: readonly string[],
): StageFigure[] {
  const by = new Map<string, StageFigure>();
  for (const i of items) {
    const f = by.get(i.stage) ?? { stage: i.stage, label: i.stageLabel, count: 0, oldestMs: null };
    f.count++;
    const t = i.createdAt ? Date.parse(i.createdAt) : Number.NaN;
    if (!Number.isNaN(t) && (f.oldestMs === null || t < f.oldestMs)) f.oldestMs = t;
    by.set(i.stage, f);
  }
  const rank = (s: string) => {
    const i = order.indexOf(s);
    return i === -1 ? order.length : i;
  };
  return [...by.values()].sort((a, b) => rank(a.stage) - rank(b.stage) || a.stage.localeCompare(b.stage));
}

/** "12 min", "3 h", "5 d": how long ago `ms` was. */
export function ageText(ms: number, nowMs: number): string {
  const minutes = Math.max(0, Math.floor((nowMs - ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h`;
  return `${Math.floor(minutes / (24 * 60))} d`;
}
