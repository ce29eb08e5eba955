import { NotBuiltYet } from '@/components/shell/not-built';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Wallet' };

export default async function Page() {
  await requireStaff('wallet:read');
  return <NotBuiltYet title="Wallet" plan="Each client's balance, validity and transactions, and adding credits exactly once." />;
}
