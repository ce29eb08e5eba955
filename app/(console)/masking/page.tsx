import { ClientPicker, pickerQuery } from '@/components/clients/client-picker';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Number masking' };

/** Sessions belong to a client and run over its numbers: pick the client first. */
export default async function MaskingPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireStaff('masking:read');
  const q = pickerQuery((await searchParams).q);
  return (
    <>
      <PageHeader
        title="Number masking"
        description="Click-Connect: bridge two parties over one of a client's numbers without either seeing the other's number. Choose the client."
      />
      <ClientPicker q={q} area="masking" areaLabel="Number masking" />
    </>
  );
}
