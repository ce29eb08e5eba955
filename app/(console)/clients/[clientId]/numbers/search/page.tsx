import Link from 'next/link';
import { redirect } from 'next/navigation';
import { BuyDialog, type BuyOffer } from '@/components/numbers/buy-dialog';
import { NumberResults } from '@/components/numbers/number-results';
import { NumberSearchForm } from '@/components/numbers/number-search-form';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { formatRupees } from '@/lib/clients/format';
import { newIdempotencyKey } from '@/lib/idempotency';
import { findOffer, getRegions, getWalletBalancePaise, type NumberOffer, searchNumbers } from '@/lib/numbers/queries';
import { hasSearch, idempotencyKeySchema, parseSearchQuery, type SearchQuery } from '@/lib/numbers/schemas';

export const metadata = { title: 'Search numbers' };

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function searchString(q: SearchQuery, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (q.region) p.set('region', q.region);
  if (q.pattern) p.set('pattern', q.pattern);
  if (q.pattern && q.mode) p.set('mode', q.mode);
  if (q.memorable) p.set('memorable', '1');
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
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
  const user = await requireStaff('numbers:read');
  const [{ clientId }, sp] = await Promise.all([params, searchParams]);
  const { query, errors } = parseSearchQuery(sp);
  const base = `/clients/${encodeURIComponent(clientId)}/numbers/search`;
  const mayBuy = can(user.role, 'numbers:buy');
  const buying = mayBuy ? one(sp.buy) : undefined;
  const key = one(sp.key);

  // The confirmation's idempotency key is minted when it opens and kept in the URL, so a
  // reload, a double submit or a duplicated tab all carry the same one.
  if (buying && !idempotencyKeySchema.safeParse(key).success) {
    redirect(`${base}${searchString(query, { buy: buying, key: newIdempotencyKey() })}`);
  }

  const searching = hasSearch(query);
  const [regions, offers, chosen, balance] = await Promise.all([
    getRegions(),
    searching ? searchNumbers(clientId, query) : Promise.resolve<NumberOffer[]>([]),
    buying ? findOffer(clientId, buying) : Promise.resolve(null),
    buying ? getWalletBalancePaise(clientId) : Promise.resolve(0),
  ]);

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
        <Link
          href={`/clients/${encodeURIComponent(clientId)}/numbers`}
          className="text-sm underline underline-offset-2"
        >
          This client&apos;s numbers
        </Link>
      </div>
      <NumberSearchForm action={base} regions={regions} query={query} errors={errors} />
      {searching ? (
        <NumberResults offers={offers} buyHref={mayBuy ? (n) => `${base}${searchString(query, { buy: n })}` : null} />
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
          closeHref={`${base}${searchString(query)}`}
          restartHref={`${base}${searchString(query, { buy: buying })}`}
          numbersHref={`/clients/${encodeURIComponent(clientId)}/numbers`}
          addCreditsHref={`/clients/${encodeURIComponent(clientId)}/wallet`}
        />
      ) : null}
    </section>
  );
}
