import { redirect } from 'next/navigation';
import { BillingOverviewView } from '@/components/billing/billing-overview';
import { ClientPicker, pickerQuery } from '@/components/clients/client-picker';
import { buttonClass } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { CreditDialog } from '@/components/wallet/credit-dialog';
import { qs } from '@/components/wallet/wallet-dashboard';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { getBillingPage, listPage, suggestedTopUp, suggestedValidity } from '@/lib/billing/queries';
import { idSchema } from '@/lib/partner-api/endpoints/common';
import { getSettings } from '@/lib/settings';
import { buildOffer, readTopUp } from '@/lib/wallet/offer';
import { getWalletBalance } from '@/lib/wallet/queries';

export const metadata = { title: 'Wallet and billing' };

type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The reseller's billing overview, plus the client picker into one client's wallet. A row's
 * "Top up" puts `client` and a suggested request in the URL; the same readTopUp → key →
 * CreditDialog path as the client's wallet makes it exactly-once.
 */
export default async function WalletPage({ searchParams }: { searchParams: Promise<SP> }) {
  const user = await requireStaff('wallet:read');
  const sp = await searchParams;
  const q = pickerQuery(sp.q);
  const mayCredit = can(user.role, 'wallet:credit');
  const settings = await getSettings();
  const find = (one(sp.find) ?? '').slice(0, 100);
  const pages = { low: listPage(sp.low), expiring: listPage(sp.expiring), zero: listPage(sp.zero) };
  // What every pager and link keeps: the filter and each list's page (page 1 is the default).
  const kept = {
    find: find || undefined,
    ...Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, v > 1 ? String(v) : undefined])),
  };
  const clientParam = one(sp.client);
  const topUpClient = clientParam && idSchema.safeParse(clientParam).success ? clientParam : null;
  const topUp = topUpClient ? readTopUp(sp, settings.topUpCeilingPaise, mayCredit) : null;
  if (topUp?.needsKey) {
    redirect(`/wallet${qs({ ...kept, client: topUpClient ?? undefined, ...topUp.needsKey })}`);
  }

  const nowMs = Date.now();
  const [o, wallet] = await Promise.all([
    getBillingPage(settings, find, pages),
    topUp?.request && topUpClient ? getWalletBalance(topUpClient) : null,
  ]);
  const offer = topUp?.request && wallet ? buildOffer(topUp.request, wallet) : null;
  const name = topUpClient
    ? (o.lowBalance.rows.concat(o.expiring.rows).find((c) => c.clientId === topUpClient)?.name ?? topUpClient)
    : '';

  return (
    <>
      <PageHeader
        title="Wallet and billing"
        description="Money across your clients: what they hold and spend, who is running low or about to expire. Open one client's wallet for its charts and transactions."
      />
      <div className="space-y-8">
        <search aria-label="Filter the billing lists">
          <form method="get" action="/wallet" className="flex flex-wrap items-end gap-2">
            <TextField name="find" label="Client in the lists below" defaultValue={find} className="max-w-xs" />
            <button type="submit" className={buttonClass('secondary')}>
              Filter lists
            </button>
          </form>
        </search>
        <BillingOverviewView
          o={o}
          paging={{ basePath: '/wallet', params: kept }}
          nowMs={nowMs}
          canPause={can(user.role, 'clients:status')}
          topUpHref={
            mayCredit
              ? (c) => `/wallet${qs({ ...kept, client: c.clientId, amount: suggestedTopUp(c, settings) })}`
              : null
          }
          extendHref={
            mayCredit
              ? (c) =>
                  `/wallet${qs({ ...kept, client: c.clientId, topup: 'validity', valid_till: suggestedValidity(c, nowMs) })}`
              : null
          }
        />
        <section aria-labelledby="one-client" className="space-y-3">
          <h2 id="one-client" className="text-xl font-semibold">
            One client's wallet
          </h2>
          <ClientPicker q={q} area="wallet" areaLabel="Wallet" />
        </section>
      </div>
      {offer && topUp?.key && topUpClient ? (
        <CreditDialog
          key={topUp.key}
          clientId={topUpClient}
          clientName={name}
          idemKey={topUp.key}
          offer={offer}
          closeHref={`/wallet${qs(kept)}`}
          restartHref={`/wallet${qs({
            ...kept,
            client: topUpClient,
            amount: offer.amount ?? undefined,
            valid_till: offer.validTill ?? undefined,
            topup: offer.amount === null ? 'validity' : undefined,
          })}`}
        />
      ) : null}
    </>
  );
}
