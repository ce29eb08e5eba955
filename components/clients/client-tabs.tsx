'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

export type ClientArea = { label: string; href?: string };

/**
 * The areas of one client. Built areas are links (the current one marked); areas not built
 * yet are plain text saying so, never links to a missing page.
 */
export function ClientTabs({ areas }: { areas: ClientArea[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Client areas" className="mb-6 overflow-x-auto border-b border-line">
      <ul className="flex min-w-max gap-1">
        {areas.map((a, i) => {
          if (!a.href)
            return (
              <li key={a.label} className="px-3 py-2 text-sm text-fg-muted">
                {a.label} <span className="text-xs">(not built yet)</span>
              </li>
            );
          // Overview only on itself; other areas also on their sub-pages (numbers/search…).
          const active = pathname === a.href || (i > 0 && pathname.startsWith(`${a.href}/`));
          return (
            <li key={a.label}>
              <Link
                href={a.href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'block border-b-2 px-3 py-2 text-sm',
                  active ? 'border-brand font-semibold text-fg' : 'border-transparent text-fg hover:bg-surface-muted',
                )}
              >
                {a.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
