import { ClientPicker, pickerQuery } from '@/components/clients/client-picker';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Call flows' };

/** Call flows belong to one client: pick the client first (a plain GET form, no script needed). */
export default async function Page({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireStaff('flows:read');
  const q = pickerQuery((await searchParams).q);
  return (
    <>
      <PageHeader
        title="Call flows"
        description="Choose a client to see its call flows, build a new one and map flows to its numbers."
      />
      <ClientPicker q={q} area="flows" areaLabel="Call flows" />
    </>
  );
}
