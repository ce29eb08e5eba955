import { parseTime, validity } from '@/lib/time';

/** The validity date with how long is left, or that it has lapsed. */
export function ValidityText({ validTill }: { validTill: string | null }) {
  const v = validity(parseTime(validTill), Date.now());
  if (v.state === 'none') return <span className="text-fg-muted">Not set</span>;
  if (v.state === 'expired') {
    return (
      <span className="text-danger">
        {v.date} (expired {v.daysAgo === 0 ? 'today' : `${v.daysAgo} day${v.daysAgo === 1 ? '' : 's'} ago`})
      </span>
    );
  }
  return (
    <span>
      {v.date} ({v.daysLeft} day{v.daysLeft === 1 ? '' : 's'} left)
    </span>
  );
}
