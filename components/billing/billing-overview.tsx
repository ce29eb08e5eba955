import { Card } from '@/components/ui/card';
import type { BillingClient, BillingOverview } from '@/lib/billing/overview';
import { formatRupees } from '@/lib/money';
import { roundRupees } from '@/lib/wallet/captions';
import { BillingListCard } from './billing-list';
import { RefreshSummary } from './refresh-summary';

function ageText(refreshedAt: string | null, refreshing: boolean, nowMs: number): string {
  if (!refreshedAt)
    return refreshing
      ? 'The spend summary is being computed for the first time…'
      : 'The spend summary has not been computed yet.';
  const mins = Math.max(0, Math.round((nowMs - Date.parse(refreshedAt)) / 60_000));
  const age = mins === 0 ? 'less than a minute ago' : mins === 1 ? '1 minute ago' : `${mins} minutes ago`;
  return `Spend figures as of ${age}${refreshing ? ' (refreshing now)' : ''}. Balances and validity are current.`;
}

function monthChange(now: number, last: number): string {
  if (last === 0) return now === 0 ? 'No spend this month or last' : 'Nothing spent last month';
  const pct = Math.round(((now - last) / last) * 100);
  return pct === 0
    ? 'The same as last month'
    : `${Math.abs(pct)}% ${pct > 0 ? 'more' : 'less'} than last month (${roundRupees(last)})`;
}

/** The reseller's billing overview: totals, then the lists that need someone's attention. */
export function BillingOverviewView({
  o,
  nowMs,
  topUpHref,
  extendHref,
  canPause,
  paging,
}: {
  o: BillingOverview;
  /** The overview's own URL parameters (filter and each list's page), kept by every pager. */
  paging: { basePath: string; params: Record<string, string | undefined> };
  nowMs: number;
  topUpHref: ((c: BillingClient) => string) | null;
  extendHref: ((c: BillingClient) => string) | null;
  canPause: boolean;
}) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="totals-heading" className="space-y-3">
        <h2 id="totals-heading" className="sr-only">
          Totals
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          <Card>
            <dt className="text-sm text-fg-muted">Balance held by clients</dt>
            <dd className="text-2xl font-semibold tabular-nums">{formatRupees(o.balancePaise)}</dd>
            <dd className="text-sm text-fg-muted">
              {o.clients.toLocaleString('en-IN')} clients, {o.activeClients.toLocaleString('en-IN')} active
            </dd>
          </Card>
          <Card>
            <dt className="text-sm text-fg-muted">Spend this month</dt>
            <dd className="text-2xl font-semibold tabular-nums">{formatRupees(o.spendThisMonthPaise)}</dd>
            <dd className="text-sm text-fg-muted">{monthChange(o.spendThisMonthPaise, o.spendLastMonthPaise)}</dd>
          </Card>
          <Card>
            <dt className="text-sm text-fg-muted">Spend last month</dt>
            <dd className="text-2xl font-semibold tabular-nums">{formatRupees(o.spendLastMonthPaise)}</dd>
          </Card>
        </dl>
        <RefreshSummary ageText={ageText(o.summary.refreshedAt, o.summary.refreshing, nowMs)} />
      </section>
      <BillingListCard
        id="low-balance"
        paging={{ ...paging, param: 'low' }}
        title="Low balance"
        description={`Clients with less than ${formatRupees(o.thresholds.lowBalancePaise)} (Settings → Billing). Active clients first.`}
        list={o.lowBalance}
        empty="No client is under the low-balance threshold."
        actions={{ topUpHref, canPause }}
      />
      <BillingListCard
        id="expiring"
        paging={{ ...paging, param: 'expiring' }}
        title="Validity expiring"
        description={`Active clients whose validity ends within ${o.thresholds.validityWarningDays} days, or has ended.`}
        list={o.expiring}
        empty="No active client's validity ends soon."
        actions={{ topUpHref: extendHref, canPause: false }}
      />
      <BillingListCard
        id="zero-spend"
        paging={{ ...paging, param: 'zero' }}
        title="No spend in 30 days"
        description="Active clients that spent nothing in the last 30 days (from the spend summary)."
        list={o.zeroSpend}
        empty={o.summary.refreshedAt ? 'Every active client spent something.' : 'Waiting for the first spend summary.'}
        actions={{ topUpHref: null, canPause }}
      />
    </div>
  );
}
