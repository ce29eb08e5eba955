import { NotBuiltYet } from '@/components/shell/not-built';
import { requireStaff } from '@/lib/auth/session';

export const metadata = { title: 'Onboarding' };

export default async function Page() {
  await requireStaff('onboarding:read');
  return <NotBuiltYet title="Onboarding" plan="The staff-led onboarding wizard (registration, OTPs, PAN, Aadhaar, GST, signature) and the board of pending registrations." />;
}
