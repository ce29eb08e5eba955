import { NotBuiltYet } from '@/components/shell/not-built';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Numbers' };

export default async function Page() {
  await requireStaff('numbers:read');
  return <NotBuiltYet title="Numbers" plan="DID search by region and pattern, exactly-once purchase, and each number's schedule and holidays." />;
}
