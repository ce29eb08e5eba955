import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { listAudit } from '@/lib/audit/log';
import { getDb } from '@/lib/db';

const OUTCOME: Record<string, string> = {
  ok: 'done',
  denied: 'refused',
  invalid: 'rejected input',
  error: 'failed',
  unauthenticated: 'signed out',
};

/** The latest audited changes (audit readers only). */
export async function RecentActivity() {
  const recent = await listAudit(await getDb(), { page: 1, pageSize: 6 });
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">Recent activity</h2>
      {recent.rows.length === 0 ? (
        <p className="text-sm text-fg-muted">No changes have been made through the portal yet.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {recent.rows.map((r) => (
            <li key={r.id} className="break-words">
              <span className="font-mono text-xs">{r.action}</span> by {r.userEmail ?? 'someone signed out'}
              {r.clientId ? ` for ${r.clientId}` : ''} ·{' '}
              <span className="text-fg-muted">{OUTCOME[r.outcome] ?? r.outcome}</span>
            </li>
          ))}
        </ul>
      )}
      <Link className="mt-3 inline-block text-sm underline" href="/audit">
        Open the audit log
      </Link>
    </Card>
  );
}
