import { Suspense } from 'react';
import { AgentsTile } from '@/components/dashboard/agents-tile';
import { RecentActivity } from '@/components/dashboard/recent-activity';
import { TileGrid, TileSkeleton } from '@/components/dashboard/tile';
import { ClientTiles, NumbersTile, PendingTiles, SpendTile } from '@/components/dashboard/tiles';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Dashboard' };

/**
 * The business on one page. The shell goes out at once; every tile streams in behind its own
 * Suspense boundary, all reads started together, and a failing read greys only its tile.
 */
export default async function DashboardPage() {
  const user = await requireStaff('dashboard:read');
  return (
    <>
      <PageHeader title="Dashboard" description={`Signed in as ${user.name}.`} />
      <TileGrid label="Clients">
        <Suspense fallback={<TileSkeleton count={4} label="client figures" />}>
          <ClientTiles />
        </Suspense>
      </TileGrid>
      <TileGrid label="This month and now">
        <Suspense fallback={<TileSkeleton label="spend" />}>
          <SpendTile />
        </Suspense>
        <Suspense fallback={<TileSkeleton label="numbers bought" />}>
          <NumbersTile />
        </Suspense>
        <AgentsTile />
      </TileGrid>
      <TileGrid label="Pending registrations">
        <Suspense fallback={<TileSkeleton count={2} label="pending registrations" />}>
          <PendingTiles />
        </Suspense>
      </TileGrid>
      {can(user.role, 'audit:read') ? (
        <Suspense fallback={null}>
          <RecentActivity />
        </Suspense>
      ) : null}
    </>
  );
}
