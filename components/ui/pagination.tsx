import Link from 'next/link';

/** Server-side paging links that keep the other query parameters of the URL. */
export function Pagination({
  page,
  pageSize,
  total,
  basePath,
  params,
  param = 'page',
  label = 'Pagination',
  hash,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  params: Record<string, string | undefined>;
  /** The query parameter holding the page, for a page with several paged lists. */
  param?: string;
  /** The nav's accessible name; several paged lists on one page need distinct ones. */
  label?: string;
  /** A fragment to land on (the list's heading), so paging one list keeps it in view. */
  hash?: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams(
      Object.entries({ ...params, [param]: p > 1 ? String(p) : undefined }).filter(([, v]) => v) as [string, string][],
    );
    const query = q.toString();
    return `${basePath}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
  };
  const link = 'rounded-md border border-line px-3 py-1.5';
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-2 text-sm">
      <span className="text-fg-muted">
        Page {page} of {pages} · {total} total
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={href(page - 1)} rel="prev">
            Previous
          </Link>
        ) : null}
        {page < pages ? (
          <Link className={link} href={href(page + 1)} rel="next">
            Next
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
