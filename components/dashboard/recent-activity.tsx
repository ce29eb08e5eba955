import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { auditSentence } from '@/lib/audit/labels';
import { listAudit } from '@/lib/audit/log';
import { getDb } from '@/lib/db';

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
              {/* Plain words; the code stays on hover and in the audit log's detail. */}
              <span title={`${r.action} · ${r.outcome}`}>{auditSentence(r.action, r.outcome)}</span>
              <span className="text-fg-muted">
                {' '}
                by {r.userEmail ?? 'someone signed out'}
                {r.clientId ? ` for ${r.clientId}` : ''}
              </span>
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
