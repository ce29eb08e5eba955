import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/providers/query-provider';
import { ConsoleHeader } from '@/components/shell/console-header';
import { ConsoleNav } from '@/components/shell/console-nav';
import { NAV_ITEMS } from '@/components/shell/nav-items';
import { ShellFeedback } from '@/components/shell/shell-feedback';
import { can } from '@/lib/auth/permissions';
import { requireStaff } from '@/lib/auth/session';
import { getBrand } from '@/lib/brand/queries';
import { env } from '@/lib/env';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const [user, brand] = await Promise.all([requireStaff(), getBrand()]);
  const items = NAV_ITEMS.filter((i) => can(user.role, i.permission)).map(({ href, label }) => ({ href, label }));
  return (
    <QueryProvider>
      <div className="flex min-h-dvh flex-col">
        <a
          href="#content"
          className="sr-only z-50 rounded-md bg-surface px-3 py-2 focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
        >
          Skip to content
        </a>
        <ConsoleHeader brand={brand} user={user} sandbox={env().mode === 'sandbox'} />
        <div className="flex flex-1 flex-col md:flex-row">
          <ConsoleNav items={items} />
          <main id="content" tabIndex={-1} className="min-w-0 flex-1 p-4 sm:p-6">
            {children}
          </main>
        </div>
        <ShellFeedback />
      </div>
    </QueryProvider>
  );
}
