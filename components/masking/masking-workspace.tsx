import { Card } from '@/components/ui/card';
import { getMaskingDids } from '@/lib/masking/queries';
import { SessionsLive } from './sessions-live';
import { StartSessionForm } from './start-session-form';

/**
 * A client's number masking: start a session, watch the live list, update, cancel, records.
 * Shared by the console (/clients/[id]/masking) and, later, the end-client's own area: the
 * caller checked who may see `clientId` and passes `canWrite`.
 */
export async function MaskingWorkspace({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const dids = canWrite ? await getMaskingDids(clientId) : [];
  return (
    <div className="space-y-6">
      {canWrite ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Start a masked session</h2>
          <p className="mb-4 text-sm text-fg-muted">
            Both parties are called from the chosen number and bridged; neither sees the other's number.
          </p>
          <StartSessionForm clientId={clientId} dids={dids} />
        </Card>
      ) : null}
      <SessionsLive clientId={clientId} canWrite={canWrite} />
    </div>
  );
}
