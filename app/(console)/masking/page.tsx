import { NotBuiltYet } from '@/components/shell/not-built';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Number masking' };

export default async function Page() {
  await requireStaff('masking:read');
  return (
    <NotBuiltYet
      title="Number masking"
      plan="Click-Connect sessions that bridge two parties over a client's DID without revealing their numbers."
    />
  );
}
