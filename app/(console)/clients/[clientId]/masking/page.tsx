import { MaskingWorkspace } from '@/components/masking/masking-workspace';
import { clientScope } from '@/lib/scope';

export const metadata = { title: 'Number masking' };

export default async function ClientMaskingPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId, may } = await clientScope(params, 'masking:read');
  return <MaskingWorkspace clientId={clientId} canWrite={may('masking:write')} />;
}
