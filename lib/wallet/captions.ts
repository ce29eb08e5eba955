import { formatRupees } from '@/lib/money';
import type { Runway, SpendComparison } from './analytics';
import { EXPENSE_LABELS } from './schemas';

/** Whole rupees for captions ("₹1,240"); exact paise stay in the tables. */
export function roundRupees(paise: number): string {
  return formatRupees(Math.round(paise / 100) * 100).replace(/\.00$/, '');
}

/** The sentence a spend chart leads with: the number that matters and how it moved. */
export function spendCaption(c: SpendComparison, days = 30): string {
  const head = `${roundRupees(c.currentPaise)} spent in the last ${days} days`;
  if (c.changePct === null)
    return c.currentPaise === 0 ? `Nothing spent in the last ${days} days` : `${head}, nothing in the ${days} before`;
  if (c.changePct === 0) return `${head}, the same as the ${days} before`;
  const dir = c.changePct > 0 ? 'more' : 'less';
  return `${head}, ${Math.abs(c.changePct)}% ${dir} than the ${days} before`;
}

export function runwayText(r: Runway): string {
  if (r.kind === 'empty') return 'None: the balance is used up';
  if (r.kind === 'long') return 'More than a year';
  const d = r.days === 1 ? '1 day' : `${r.days.toLocaleString('en-IN')} days`;
  return `About ${d} at ${roundRupees(r.dailyPaise)} a day`;
}

export const expenseLabel = (key: string) => EXPENSE_LABELS[key] ?? key.replace(/_/g, ' ');

/** The caption for a breakdown: the biggest item and its share of the total. */
export function breakdownCaption(items: { key: string; paise: number }[], what: string, label = (k: string) => k) {
  const total = items.reduce((s, i) => s + i.paise, 0);
  if (!items.length || total === 0) return `No spend by ${what} in the last 30 days`;
  const top = items[0];
  return `${label(top.key)} is the largest, ${roundRupees(top.paise)} (${Math.round((top.paise / total) * 100)}% of ${roundRupees(total)})`;
}
