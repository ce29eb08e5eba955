import { redirect } from 'next/navigation';
import { isStaff } from '@/lib/auth/permissions';
import { getSessionUser } from '@/lib/auth/session';

/** Sends each person to their home: staff to the console, end-clients to their account. */
export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect('/sign-in');
  redirect(isStaff(user.role) ? '/dashboard' : '/account');
}
