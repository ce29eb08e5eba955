'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';

/**
 * A link to one area of the client in the URL. not-found.tsx receives no params, so a
 * not-found inside a client's pages reads the client id here to link back to the right place.
 */
export function ClientBackLink({ area, children }: { area: string; children: string }) {
  const { clientId } = useParams<{ clientId?: string }>();
  const href = clientId ? `/clients/${encodeURIComponent(clientId)}${area ? `/${area}` : ''}` : '/clients';
  return (
    <Link href={href} className="underline underline-offset-2">
      {children}
    </Link>
  );
}
