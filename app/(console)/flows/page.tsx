import { NotBuiltYet } from '@/components/shell/not-built';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Call flows' };

export default async function Page() {
  await requireStaff('flows:read');
  return <NotBuiltYet title="Call flows" plan="Basic IVR call flows per client and the DIDs they answer." />;
}
