import { Card } from '@/components/ui/card';
import { formatRupees } from '@/lib/money';
import { runwayText, spendCaption } from '@/lib/wallet/captions';
import type { WalletDashboard } from '@/lib/wallet/dashboard';
import { ValidityText } from './validity-text';

/** The wallet's headline numbers: balance, validity with days left, runway, spend. */
export function WalletSummary({ d }: { d: WalletDashboard }) {
  return (
    <section aria-labelledby="balance-heading">
      <Card>
        <h2 id="balance-heading" className="mb-3 text-xl font-semibold">
          Wallet
        </h2>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-sm text-fg-muted">Balance</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid="wallet-balance">
              {formatRupees(d.balance.balancePaise)}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-fg-muted">Valid till</dt>
            <dd data-testid="wallet-validity">
              <ValidityText validTill={d.balance.validTill} />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-fg-muted">Runway</dt>
            <dd data-testid="wallet-runway">{runwayText(d.runway)}</dd>
          </div>
          <div>
            <dt className="text-sm text-fg-muted">Spend, last 30 days</dt>
            <dd>{spendCaption(d.last30)}</dd>
          </div>
        </dl>
        {d.truncated ? (
          <p className="mt-3 text-sm text-fg-muted">
            Runway and charts use the latest {d.entries.toLocaleString('en-IN')} transactions of the last 90 days.
          </p>
        ) : null}
      </Card>
    </section>
  );
}
