import { ClientPicker, pickerQuery } from '@/components/clients/client-picker';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Voice bots' };

/** Voice bots belong to one client: pick the client first (a plain GET form, no script needed). */
export default async function Page({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireStaff('bots:read');
  const q = pickerQuery((await searchParams).q);
  return (
    <>
      <PageHeader title="Voice bots" description="Choose a client to see, create, edit and delete its voice bots." />
      <ClientPicker q={q} area="bots" areaLabel="Voice bots" />
    </>
  );
}
