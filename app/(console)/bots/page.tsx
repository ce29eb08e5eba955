import { NotBuiltYet } from '@/components/shell/not-built';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Voice bots' };

export default async function Page() {
  await requireStaff('bots:read');
  return (
    <NotBuiltYet
      title="Voice bots"
      plan="WSS voice bots per client, with their stream and API endpoints (headers shown masked)."
    />
  );
}
