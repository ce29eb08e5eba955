/**
 * The dashboard's arithmetic, pure so it is tested on fixed data: client counts against the
 * portal's thresholds, pending registrations by stage, and spend per calendar month.
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

/** "YYYY-MM" of the month before `month`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * Debits per month key from upstream ledger rows. Upstream times ("2026-11-03 14:05:00") are
 * the provider's local wall clock, so the month is read from the text, not converted.
 */
export function debitsByMonth(
  rows: readonly { created_at: string; type: string; amountPaise: number }[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (r.type !== 'debit' || !/^\d{4}-\d{2}/.test(r.created_at)) continue;
    const key = r.created_at.slice(0, 7);
    out.set(key, (out.get(key) ?? 0) + Math.abs(r.amountPaise));
  }
  return out;
}

/** "12 min", "3 h", "5 d": how long ago `ms` was. */
export function ageText(ms: number, nowMs: number): string {
  const minutes = Math.max(0, Math.floor((nowMs - ms) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h`;
  return `${Math.floor(minutes / (24 * 60))} d`;
}
