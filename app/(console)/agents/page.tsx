import { NotBuiltYet } from '@/components/shell/not-built';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Agents' };

export default async function Page() {
  await requireStaff('agents:read');
  return (
    <NotBuiltYet
      title="Agents"
      plan="Each client's agents: add, edit, remove, their DIDs, schedules and live availability."
    />
  );
}
