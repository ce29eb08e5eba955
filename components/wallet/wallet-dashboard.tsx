import { redirect } from 'next/navigation';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { formatRupees } from '@/lib/money';
import { getSettings } from '@/lib/settings';
import { getWalletDashboard } from '@/lib/wallet/dashboard';
import { buildOffer, readTopUp } from '@/lib/wallet/offer';
import { getTransactions } from '@/lib/wallet/queries';
import { parseTransactionsQuery, transactionsParams } from '@/lib/wallet/schemas';
import { AddCreditsForm } from './add-credits-form';
import { CreditDialog } from './credit-dialog';
import { TransactionsFilters } from './transactions-filters';
import { TransactionsTable } from './transactions-table';
import { WalletCharts } from './wallet-charts';
import { WalletSummary } from './wallet-summary';

type Params = Record<string, string | string[] | undefined>;

export const qs = (p: Record<string, string | undefined>) => {
  const s = new URLSearchParams(Object.entries(p).filter(([, v]) => v) as [string, string][]).toString();
  return s ? `?${s}` : '';
};

/**
 * A client's wallet dashboard: headline numbers, charts, the top-up form and dialog, and the
 * filtered, paged transactions with their CSV export. Shared by the console
 * (/clients/[id]/wallet) and, later, the end-client's own area: the caller has checked who
 * may see `clientId` and passes what they may do (`canCredit` is false for client users).
 */
export async function WalletDashboardView({
  clientId,
  basePath,
  searchParams: sp,
  canCredit,
}: {
  clientId: string;
  basePath: string;
  searchParams: Params;
  canCredit: boolean;
}) {
  const { query, errors } = parseTransactionsQuery(sp);
  const filters = transactionsParams(query, true);
  const range = sp.range === '90' ? 90 : 30;
  const keep = { ...filters, range: range === 90 ? '90' : undefined };
  const settings = await getSettings();
  const topUp = readTopUp(sp, settings.topUpCeilingPaise, canCredit);
  if (topUp.needsKey) redirect(`${basePath}${qs({ ...keep, ...topUp.needsKey })}`);

  const [d, txns] = await Promise.all([getWalletDashboard(clientId, range), getTransactions(clientId, query)]);
  const offer = topUp.request && topUp.key ? buildOffer(topUp.request, d.balance) : null;
  const filtered = Boolean(query.expense_type || query.start || query.end || query.did);
  const exportHref = `/api/wallet/${encodeURIComponent(clientId)}/transactions.csv${qs(transactionsParams(query))}`;

  return (
    <div className="space-y-6">
      <WalletSummary d={d} />
      {canCredit ? (
        <AddCreditsForm
          action={basePath}
          mode={topUp.mode}
          amount={topUp.amount}
          validTill={topUp.validTill}
          errors={topUp.errors}
          ceilingText={formatRupees(settings.topUpCeilingPaise)}
        />
      ) : null}
      <WalletCharts
        d={d}
        range={range}
        rangeHref={(r) => `${basePath}${qs({ ...filters, range: r === 90 ? '90' : undefined })}`}
      />

      <section aria-labelledby="transactions-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="transactions-heading" className="text-xl font-semibold">
            Transactions
          </h2>
          <a href={exportHref} className={buttonClass('secondary')} download>
            Export CSV{filtered ? ' (filtered)' : ''}
          </a>
        </div>
        <Card>
          <TransactionsFilters action={basePath} query={query} errors={errors} />
        </Card>
        {txns.items.length ? (
          <>
            <TransactionsTable items={txns.items} />
            <Pagination
              page={txns.page}
              pageSize={txns.limit}
              total={txns.total}
              basePath={basePath}
              params={transactionsParams(query)}
            />
          </>
        ) : (
          <Card>
            <p>{filtered ? 'No transactions match these filters.' : 'This client has no transactions yet.'}</p>
          </Card>
        )}
      </section>

      {offer && topUp.key ? (
        <CreditDialog
          key={topUp.key}
          clientId={clientId}
          idemKey={topUp.key}
          offer={offer}
          closeHref={`${basePath}${qs(keep)}`}
          restartHref={`${basePath}${qs({
            ...keep,
            amount: offer.amount ?? undefined,
            valid_till: offer.validTill ?? undefined,
            topup: offer.amount === null ? 'validity' : undefined,
          })}`}
        />
      ) : null}
    </div>
  );
}
