import { ClientPicker, pickerQuery } from '@/components/clients/client-picker';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'WhatsApp' };

/** WhatsApp belong to one client: pick the client first (a plain GET form, no script needed). */
export default async function Page({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireStaff('whatsapp:read');
  const q = pickerQuery((await searchParams).q);
  return (
    <>
      <PageHeader
        title="WhatsApp"
        description="Choose a client to link WhatsApp numbers and set their schedules and holidays."
      />
      <ClientPicker q={q} area="whatsapp" areaLabel="WhatsApp" />
    </>
  );
}
