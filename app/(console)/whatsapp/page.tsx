import { NotBuiltYet } from '@/components/shell/not-built';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'WhatsApp' };

export default async function Page() {
  await requireStaff('whatsapp:read');
  return <NotBuiltYet title="WhatsApp" plan="WhatsApp numbers linked to each client, with schedules and holidays." />;
}
