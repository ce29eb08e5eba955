import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { BuyDialog, type BuyOffer } from '@/components/numbers/buy-dialog';
import { NumberResults } from '@/components/numbers/number-results';
import { NumberSearchForm } from '@/components/numbers/number-search-form';
import { getClient } from '@/lib/clients/queries';
import { newIdempotencyKey } from '@/lib/idempotency';
import { formatRupees } from '@/lib/money';
import { findOffer, getRegions, type NumberOffer, searchNumbers } from '@/lib/numbers/queries';
import { hasSearch, idempotencyKeySchema, parseSearchQuery, type SearchQuery } from '@/lib/numbers/schemas';
import { clientScope } from '@/lib/scope';
import { InactiveNotice } from './inactive-notice';
import { pageResults, parseResultsView } from './results';

export const metadata = { title: 'Search numbers' };

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function urlParams(q: SearchQuery, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    region: q.region,
    pattern: q.pattern,
    mode: q.pattern ? q.mode : undefined,
    memorable: q.memorable ? '1' : undefined,
    ...extra,
  };
}

function searchString(q: SearchQuery, extra: Record<string, string | undefined> = {}): string {
  const p = new URLSearchParams(Object.entries(urlParams(q, extra)).filter(([, v]) => v) as [string, string][]);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export default async function SearchNumbersPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Params>;
}) {
  const [{ clientId, may, base: root }, sp] = await Promise.all([clientScope(params, 'numbers:read'), searchParams]);
  const { query, errors } = parseSearchQuery(sp);
  const view = parseResultsView(sp);
  const base = `${root}/numbers/search`;
  // The layout has already read the client (cached per request): its status and balance.
  const client = await getClient(clientId);
  if (!client) notFound();
  const mayBuy = may('numbers:buy') && client.active;
  const buying = mayBuy ? one(sp.buy) : undefined;
  const key = one(sp.key);
  // Sort and page are kept when a confirmation opens and closes.
  const kept = { sort: view.sort ?? undefined, page: view.page > 1 ? String(view.page) : undefined };

  // The confirmation's idempotency key is minted when it opens and kept in the URL, so a
  // reload, a double submit or a duplicated tab all carry the same one.
  if (buying && !idempotencyKeySchema.safeParse(key).success) {
    redirect(`${base}${searchString(query, { ...kept, buy: buying, key: newIdempotencyKey() })}`);
  }

  const searching = hasSearch(query);
  const [regions, offers, chosen] = await Promise.all([
    getRegions(),
    searching ? searchNumbers(clientId, query) : Promise.resolve<NumberOffer[]>([]),
    buying ? findOffer(clientId, buying) : Promise.resolve(null),
  ]);
  const balance = client.balancePaise;
  const walletHref = `${root}/wallet`;

  let dialogOffer: BuyOffer | null = null;
  if (chosen) {
    const after = balance - chosen.setupPaise;
    dialogOffer = {
      number: chosen.number,
      region: chosen.region,
      setupText: formatRupees(chosen.setupPaise),
      monthlyText: formatRupees(chosen.monthlyPaise),
      balanceText: formatRupees(balance),
      afterText: formatRupees(after),
      short: after < 0,
    };
  }

  return (
    <section aria-labelledby="search-heading" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="search-heading" className="text-xl font-semibold">
          Search and buy numbers
        </h2>
        <Link href={`${root}/numbers`} className="text-sm underline underline-offset-2">
          This client&apos;s numbers
        </Link>
      </div>
      {client.active ? null : <InactiveNotice clientId={clientId} mayReactivate={may('clients:status')} />}
      <NumberSearchForm action={base} regions={regions} query={query} errors={errors} />
      {searching ? (
        <NumberResults
          results={pageResults(offers, view)}
          balancePaise={balance}
          buyHref={mayBuy ? (n) => `${base}${searchString(query, { ...kept, buy: n })}` : null}
          addCreditsHref={walletHref}
          basePath={base}
          params={urlParams(query, kept)}
        />
      ) : (
        <p className="text-sm text-fg-muted">Choose a region or type some digits to see available numbers.</p>
      )}
      {buying && key ? (
        <BuyDialog
          key={key}
          clientId={clientId}
          idemKey={key}
          number={buying}
          offer={dialogOffer}
          closeHref={`${base}${searchString(query, kept)}`}
          restartHref={`${base}${searchString(query, { ...kept, buy: buying })}`}
          numbersHref={`${root}/numbers`}
          addCreditsHref={walletHref}
        />
      ) : null}
    </section>
  );
}
