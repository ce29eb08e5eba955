/** A client as a picker shows it: what the search returns (no secrets, no money). */
export type ClientMatchView = { id: string; name: string; email: string; mobile: string; active: boolean };

/**
 * A picker result in two lines: the name, then what tells same-named clients apart (email,
 * mobile, id) and the status. Used by the ⌘K palette and the per-area client picker.
 */
export function ClientMatchLines({ match }: { match: ClientMatchView }) {
  return (
    <>
      <span className="block font-medium">
        {match.name}
        {match.active ? null : (
          <span className="ml-2 rounded-full border border-current px-2 text-xs font-semibold">Inactive</span>
        )}
      </span>
      <span className="block text-xs break-all opacity-80">
        {match.email} · {match.mobile} · <span className="font-mono">{match.id}</span>
      </span>
    </>
  );
}

/** "Showing 8 of 120 — refine your search" when a picker shows only the first matches. */
export function moreMatchesHint(shown: number, total: number): string | null {
  if (total <= shown) return null;
  return `Showing ${shown} of ${total.toLocaleString('en-IN')} — refine your search to narrow them down.`;
}
