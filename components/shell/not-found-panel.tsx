import Link from 'next/link';
import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';

/**
 * What a `not-found.tsx` shows: what was not found (a heading that names it), why that
 * usually happens, and the way back. `level` 2 where the area's layout already has the h1
 * (inside a client's pages the client's name is the h1).
 */
export function NotFoundPanel({
  title,
  level = 1,
  children,
  back,
}: {
  title: string;
  level?: 1 | 2;
  children: ReactNode;
  /** The way back: a `BackLink` (or `ClientBackLink` inside a client's pages). */
  back: ReactNode;
}) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="space-y-4">
      <Heading className={level === 1 ? 'text-2xl font-semibold tracking-tight' : 'text-xl font-semibold'}>
        {title}
      </Heading>
      <Card>
        <div className="space-y-2">{children}</div>
        <p className="mt-3">{back}</p>
      </Card>
    </div>
  );
}

export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="underline underline-offset-2">
      {children}
    </Link>
  );
}
