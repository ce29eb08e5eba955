/** Scales for the wallet's server-drawn bar charts (components/wallet/spend-bars.tsx). */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-03` → `3 Nov`; anything else is shown as it is. */
export function shortDay(label: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(label);
  return m ? `${Number(m[2])} ${MONTHS[Number(m[1]) - 1] ?? m[1]}` : label;
}

/** Axis ticks from 0 to a round top at or above `max` (steps of 1, 2, 2.5 or 5 × 10ⁿ), about four steps. */
export function axisTicks(max: number, steps = 4): number[] {
  if (!(max > 0)) return [0];
  const raw = max / steps;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * magnitude >= raw) ?? 10) * magnitude;
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/** Which of `n` column labels to print under the axis: about five, evenly spread, first and last included. */
export function labelIndexes(n: number, wanted = 5): number[] {
  if (n <= wanted) return Array.from({ length: n }, (_, i) => i);
  const picks = new Set<number>();
  for (let i = 0; i < wanted; i++) picks.add(Math.round((i * (n - 1)) / (wanted - 1)));
  return [...picks];
}
