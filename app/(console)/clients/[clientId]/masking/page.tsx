import { MaskingWorkspace } from '@/components/masking/masking-workspace';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Number masking' };

export default async function ClientMaskingPage({ params }: { params: Promise<{ clientId: string }> }) {
  const user = await requireStaff('masking:read');
  const { clientId } = await params;
  return <MaskingWorkspace clientId={clientId} canWrite={can(user.role, 'masking:write')} />;
}
