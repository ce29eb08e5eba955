import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatRupees } from '@/lib/clients/format';
import type { NumberOffer } from '@/lib/numbers/queries';
import { HighlightedNumber, PatternBadges } from './highlighted-number';

export function NumberResults({
  offers,
  buyHref,
}: {
  offers: NumberOffer[];
  /** Where "Buy" goes for a number, or null when the user may not buy. */
  buyHref: ((number: string) => string) | null;
}) {
  if (offers.length === 0) {
    return (
      <Card>
        <p>No available numbers match this search. Try fewer digits, another match, or all regions.</p>
      </Card>
    );
  }
  const memorable = offers.filter((o) => o.patterns.length > 0).length;
  return (
    <Card className="overflow-x-auto p-0 sm:p-0">
      <table className="w-full text-left text-sm">
        <caption className="px-4 py-3 text-left text-fg-muted">
          {offers.length} available number{offers.length === 1 ? '' : 's'}
          {memorable ? `, ${memorable} easy to remember (highlighted)` : ''}..
        </caption>
        <thead className="border-b border-line text-fg-muted">
          <tr>
            <th scope="col" className="px-4 py-2">
              Number
            </th>
            <th scope="col" className="px-4 py-2">
              Region
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              Setup
            </th>
            <th scope="col" className="px-4 py-2 text-right">
              Monthly
            </th>
            <th scope="col" className="px-4 py-2">
              Pattern
            </th>
            <th scope="col" className="px-4 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {offers.map((o) => (
            <tr key={o.number} className="border-b border-line last:border-0">
              <th scope="row" className="px-4 py-2 font-normal">
                <HighlightedNumber countryCode={o.countryCode} national={o.national} patterns={o.patterns} />
              </th>
              <td className="px-4 py-2">{o.region ?? '—'}</td>
              <td className="px-4 py-2 text-right tabular-nums">{formatRupees(o.setupPaise)}</td>
              <td className="px-4 py-2 text-right tabular-nums">{formatRupees(o.monthlyPaise)}</td>
              <td className="px-4 py-2">
                <PatternBadges patterns={o.patterns} />
              </td>
              <td className="px-4 py-2 text-right">
                {buyHref ? (
                  <Link
                    href={buyHref(o.number)}
                    scroll={false}
                    className="rounded-md border border-line px-3 py-1.5 font-medium hover:bg-surface-muted"
                    aria-label={`Buy ${o.number}`}
                  >
                    Buy
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
