import { Badge } from '@/components/ui/badge';
import { plural } from '@/lib/clients/format';
import { validity } from '@/lib/time';

export function StatusBadge({ active }: { active: boolean }) {
  return active ? <Badge tone="success">Active</Badge> : <Badge tone="danger">Inactive</Badge>;
}

/** The validity date with "expired" / "expires in N days" (within 30 days) next to it. */
export function ValidityCell({ validTillMs, now }: { validTillMs: number | null; now: number }) {
  const v = validity(validTillMs, now);
  if (v.state === 'none') return <span className="text-fg-muted">No validity</span>;
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <time dateTime={v.date} className="whitespace-nowrap">
        {v.date}
      </time>
      {v.state === 'expired' ? (
        <Badge tone="danger">Expired</Badge>
      ) : v.daysLeft <= 30 ? (
        <Badge tone="warning">Expires in {plural(v.daysLeft, 'day')}</Badge>
      ) : null}
    </span>
  );
}
