import Link from 'next/link';
import { breakdownCaption, expenseLabel, roundRupees, spendCaption } from '@/lib/wallet/captions';
import type { WalletDashboard } from '@/lib/wallet/dashboard';
import { ChartFigure } from './chart-figure';

/** Daily spend (30 or 90 days, in the URL as `range`), spend by expense type, top numbers. */
export function WalletCharts({
  d,
  range,
  rangeHref,
}: {
  d: WalletDashboard;
  range: 30 | 90;
  rangeHref: (r: 30 | 90) => string;
}) {
  const total = d.daily.reduce((s, x) => s + x.paise, 0);
  const busiest = d.daily.reduce((m, x) => (x.paise > m.paise ? x : m), { date: '', paise: 0 });
  const dailyCaption =
    range === 30
      ? spendCaption(d.last30)
      : total === 0
        ? 'Nothing spent in the last 90 days'
        : `${roundRupees(total)} spent in the last 90 days; the busiest day was ${busiest.date} (${roundRupees(busiest.paise)})`;
  return (
    <section aria-labelledby="charts-heading" className="space-y-4">
      <h2 id="charts-heading" className="text-xl font-semibold">
        Spend
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <ChartFigure
            title={`Daily spend, last ${range} days`}
            caption={dailyCaption}
            keyHeader="Day"
            rows={d.daily.map((x) => ({ key: x.date, label: x.date, paise: x.paise }))}
            extra={
              <nav aria-label="Chart period" className="flex gap-3 text-sm">
                {([30, 90] as const).map((r) => (
                  <Link
                    key={r}
                    href={rangeHref(r)}
                    scroll={false}
                    aria-current={r === range ? 'true' : undefined}
                    className={r === range ? 'font-semibold' : 'underline underline-offset-2'}
                  >
                    {r} days
                  </Link>
                ))}
              </nav>
            }
          />
        </div>
        <ChartFigure
          title="Spend by expense type, last 30 days"
          caption={breakdownCaption(d.byType, 'expense type', expenseLabel)}
          keyHeader="Expense type"
          layout="rows"
          rows={d.byType.map((x) => ({ key: x.key, label: expenseLabel(x.key), paise: x.paise }))}
        />
        <ChartFigure
          title="Top numbers by spend, last 30 days"
          caption={breakdownCaption(d.topDids, 'number')}
          keyHeader="Number (DID)"
          layout="rows"
          rows={d.topDids.map((x) => ({ key: x.key, label: x.key, paise: x.paise }))}
        />
      </div>
    </section>
  );
}
