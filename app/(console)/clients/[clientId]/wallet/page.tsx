import { redirect } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { Pagination } from '@/components/ui/pagination';
import { AddCreditsForm } from '@/components/wallet/add-credits-form';
import { CreditDialog, type CreditOffer } from '@/components/wallet/credit-dialog';
import { TransactionsFilters } from '@/components/wallet/transactions-filters';
import { TransactionsTable } from '@/components/wallet/transactions-table';
import { ValidityText } from '@/components/wallet/validity-text';
import { zodFieldErrors } from '@/lib/action-core';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { formatRupees } from '@/lib/clients/format';
import { toPaise } from '@/lib/clients/list';
import { newIdempotencyKey } from '@/lib/idempotency';
import { getTransactions, getWalletBalance } from '@/lib/wallet/queries';
import {
  creditRequestSchema,
  idempotencyKeySchema,
  parseTransactionsQuery,
  transactionsParams,
} from '@/lib/wallet/schemas';

export const metadata = { title: 'Wallet' };

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const qs = (p: Record<string, string | undefined>) => {
  const s = new URLSearchParams(Object.entries(p).filter(([, v]) => v) as [string, string][]).toString();
  return s ? `?${s}` : '';
};

export default async function ClientWalletPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Params>;
}) {
  const user = await requireStaff('wallet:read');
  const [{ clientId }, sp] = await Promise.all([params, searchParams]);
  const base = `/clients/${encodeURIComponent(clientId)}/wallet`;
  const { query, errors } = parseTransactionsQuery(sp);
  const filters = transactionsParams(query, true);
  const mayCredit = can(user.role, 'wallet:credit');

  // Adding credits: ?amount=…&valid_till=… asks for the confirmation; its idempotency key is
  // minted when it opens and kept in the URL, so a reload or a second tab carries the same one.
  const asked = mayCredit && one(sp.amount) !== undefined;
  const request = asked
    ? creditRequestSchema.safeParse({ amount: one(sp.amount), valid_till: one(sp.valid_till) })
    : null;
  const requestErrors = request?.error ? zodFieldErrors(request.error) : {};
  const key = one(sp.key);
  if (request?.success && !idempotencyKeySchema.safeParse(key).success) {
    redirect(
      `${base}${qs({ ...filters, amount: request.data.amount, valid_till: request.data.valid_till, key: newIdempotencyKey() })}`,
    );
  }

  const [wallet, txns] = await Promise.all([getWalletBalance(clientId), getTransactions(clientId, query)]);

  let offer: CreditOffer | null = null;
  if (request?.success && key) {
    const amountPaise = toPaise(request.data.amount);
    offer = {
      amount: request.data.amount,
      validTill: request.data.valid_till ?? null,
      amountText: formatRupees(amountPaise),
      balanceText: formatRupees(wallet.balancePaise),
      afterText: formatRupees(wallet.balancePaise + amountPaise),
      validityText: request.data.valid_till
        ? `Until ${request.data.valid_till} (now ${wallet.validTill?.slice(0, 10) ?? 'not set'})`
        : `Unchanged (${wallet.validTill?.slice(0, 10) ?? 'not set'})`,
    };
  }
  const filtered = Boolean(query.expense_type || query.start || query.end || query.did);

  return (
    <div className="space-y-6">
      <section aria-labelledby="balance-heading">
        <Card>
          <h2 id="balance-heading" className="mb-3 text-xl font-semibold">
            Wallet
          </h2>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="text-fg-muted">Balance</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid="wallet-balance">
              {formatRupees(wallet.balancePaise)}
            </dd>
            <dt className="text-fg-muted">Valid till</dt>
            <dd>
              <ValidityText validTill={wallet.validTill} />
            </dd>
          </dl>
        </Card>
      </section>

      {mayCredit ? (
        <AddCreditsForm action={base} amount={one(sp.amount)} validTill={one(sp.valid_till)} errors={requestErrors} />
      ) : null}

      <section aria-labelledby="transactions-heading" className="space-y-4">
        <h2 id="transactions-heading" className="text-xl font-semibold">
          Transactions
        </h2>
        <Card>
          <TransactionsFilters action={base} query={query} errors={errors} />
        </Card>
        {txns.items.length ? (
          <>
            <TransactionsTable items={txns.items} />
            <Pagination
              page={txns.page}
              pageSize={txns.limit}
              total={txns.total}
              basePath={base}
              params={transactionsParams(query)}
            />
          </>
        ) : (
          <Card>
            <p>{filtered ? 'No transactions match these filters.' : 'This client has no transactions yet.'}</p>
          </Card>
        )}
      </section>

      {offer && key ? (
        <CreditDialog
          key={key}
          clientId={clientId}
          idemKey={key}
          offer={offer}
          closeHref={`${base}${qs(filters)}`}
          restartHref={`${base}${qs({ ...filters, amount: offer.amount, valid_till: offer.validTill ?? undefined })}`}
        />
      ) : null}
    </div>
  );
}
