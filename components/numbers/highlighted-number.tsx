import { PATTERN_LABELS, type PatternMatch, patternSegments } from '@/lib/numbers/patterns';

/** "+91 1147771234" with its memorable parts marked (and named for screen readers). */
export function HighlightedNumber({
  countryCode,
  national,
  patterns,
}: {
  countryCode: string;
  national: string;
  patterns: PatternMatch[];
}) {
  return (
    <span className="font-mono whitespace-nowrap">
      {countryCode ? <span className="text-fg-muted">{countryCode} </span> : null}
      {patternSegments(national, patterns).map((s, i) =>
        s.kind ? (
          <mark
            key={i}
            className="rounded bg-amber-200 px-0.5 font-semibold text-amber-950 dark:bg-amber-800 dark:text-amber-50"
          >
            {s.text}
            <span className="sr-only"> ({PATTERN_LABELS[s.kind].toLowerCase()})</span>
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </span>
  );
}

export function PatternBadges({ patterns }: { patterns: PatternMatch[] }) {
  const kinds = [...new Set(patterns.map((p) => p.kind))];
  if (kinds.length === 0) return <span className="text-fg-muted">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {kinds.map((k) => (
        <span key={k} className="rounded-full border border-amber-700 px-2 py-0.5 text-xs dark:border-amber-400">
          {PATTERN_LABELS[k]}
        </span>
      ))}
    </span>
  );
}
