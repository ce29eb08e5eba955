'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { cn } from '@/components/ui/cn';

/**
 * The main navigation. On small screens it hides behind a "Menu" button; on wider ones it
 * is a sidebar. Closes itself after navigating so the page is visible on phones.
 */
export function ConsoleNav({ items }: { items: Array<{ href: string; label: string }> }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: close on every route change
  useEffect(() => setOpen(false), [pathname]);
  return (
    <div className="md:w-56 md:shrink-0">
      <button
        type="button"
        className="m-2 rounded-md border border-line bg-surface px-3 py-2 text-sm font-medium md:hidden"
        aria-expanded={open}
        aria-controls="main-nav"
        onClick={() => setOpen((o) => !o)}
      >
        Menu
      </button>
      <nav
        id="main-nav"
        aria-label="Main"
        className={cn('border-line bg-surface md:block md:min-h-full md:border-r', open ? 'block border-b' : 'hidden')}
      >
        <ul className="space-y-0.5 p-2">
          {items.map((item) => {
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? 'page' : undefined}
                  className={cn(
                    'block rounded-md px-3 py-2 text-sm',
                    active ? 'bg-brand font-semibold text-brand-contrast' : 'text-fg hover:bg-surface-muted',
                  )}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
