import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

export const metadata = { title: 'Not allowed' };

export default function ForbiddenPage() {
  return (
    <main className="mx-auto max-w-lg px-4 py-16">
      <h1 className="text-2xl font-semibold">You do not have access to that page</h1>
      <p className="mt-2 text-fg-muted">
        Your role does not include it. Ask an owner or admin of your portal if you need it.
      </p>
      <Link href="/" className={buttonClass('secondary', 'mt-6')}>
        Go to your start page
      </Link>
    </main>
  );
}
