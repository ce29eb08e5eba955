import { ClientPicker, pickerQuery } from '@/components/clients/client-picker';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Numbers' };

/** Numbers belong to clients: pick the client first, then see, search and buy its numbers. */
export default async function NumbersPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireStaff('numbers:read');
  const q = pickerQuery((await searchParams).q);
  return (
    <>
      <PageHeader title="Numbers" description="Choose a client to see its numbers, search new ones and buy them." />
      <ClientPicker q={q} area="numbers" areaLabel="Numbers" />
    </>
  );
}
