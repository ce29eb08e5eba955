import { NotBuiltYet } from '@/components/shell/not-built';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Clients' };

export default async function Page() {
  await requireStaff('clients:read');
  return <NotBuiltYet title="Clients" plan="The searchable, paged list of every client, with status, balance and validity, and a page per client." />;
}
