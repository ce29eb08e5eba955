import type { ResultsPage } from '@/components/numbers/number-results';
import type { NumberOffer } from '@/lib/numbers/queries';

/** What the provider returns at most for one search (CONTRACT: no paging upstream). */
export const PROVIDER_SEARCH_CAP = 100;
export const RESULTS_PAGE_SIZE = 25;

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** `?sort=price|-price&page=N`, leniently: anything else means the provider's order, page 1. */
export function parseResultsView(sp: Params): { sort: ResultsPage['sort']; page: number } {
  const s = one(sp.sort);
  const p = Number(one(sp.page));
  return {
    sort: s === 'price' || s === '-price' ? s : null,
    page: Number.isInteger(p) && p > 0 ? p : 1,
  };
}

/**
 * The provider answers one list (at most PROVIDER_SEARCH_CAP numbers); the portal sorts it by
 * setup cost (then monthly, then number, so the order is stable) and pages it on the server.
 */
export function pageResults(all: NumberOffer[], view: { sort: ResultsPage['sort']; page: number }): ResultsPage {
  const sorted = view.sort
    ? [...all].sort(
        (a, b) =>
          (view.sort === 'price' ? 1 : -1) * (a.setupPaise - b.setupPaise || a.monthlyPaise - b.monthlyPaise) ||
          a.number.localeCompare(b.number),
      )
    : all;
  const pages = Math.max(1, Math.ceil(sorted.length / RESULTS_PAGE_SIZE));
  const page = Math.min(view.page, pages);
  return {
    offers: sorted.slice((page - 1) * RESULTS_PAGE_SIZE, page * RESULTS_PAGE_SIZE),
    total: sorted.length,
    memorable: sorted.filter((o) => o.patterns.length > 0).length,
    page,
    pageSize: RESULTS_PAGE_SIZE,
    capped: all.length >= PROVIDER_SEARCH_CAP,
    sort: view.sort,
  };
}
