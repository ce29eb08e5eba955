import { getStatusNote } from '@/lib/clients/status-notes';
import { getSettings } from '@/lib/settings';
import { formatTimestamp } from '@/lib/time-display';

/** "Deactivated by ops@… on 2 Dec 2026, 09:41 IST: Unpaid invoice" (when given through the portal). */
export async function StatusReason({ clientId, active }: { clientId: string; active: boolean }) {
  const [note, settings] = await Promise.all([getStatusNote(clientId, active), getSettings()]);
  if (!note) {
    return <p className="mb-3 text-sm text-fg-muted">No reason recorded in the portal for the current status.</p>;
  }
  return (
    <div className="mb-3 rounded-md border border-line px-3 py-2 text-sm" data-testid="status-reason">
      <p>
        <span className="font-medium">Reason:</span> {note.reason}
      </p>
      <p className="text-fg-muted">
        {note.active ? 'Activated' : 'Deactivated'} by {note.setByEmail ?? 'a user no longer known'} on{' '}
        <time dateTime={note.setAt}>{formatTimestamp(note.setAt, settings.displayTimeZone)}</time>
      </p>
    </div>
  );
}
