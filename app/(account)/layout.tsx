import { type ReactNode, Suspense } from 'react';
import { AccountNav } from '@/components/account/account-nav';
import { ActionRequired } from '@/components/account/action-required';
import { ActingBanner } from '@/components/acting-as/acting-banner';
import { QueryProvider } from '@/components/providers/query-provider';
import { ConsoleHeader } from '@/components/shell/console-header';
import { ShellFeedback } from '@/components/shell/shell-feedback';
import { requireWorkspace } from '@/lib/acting-as';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { getBrand } from '@/lib/brand/queries';
import { getClient } from '@/lib/clients/queries';
import { env } from '@/lib/env';

/** An end-client's own area, under the reseller's brand. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const [{ user, actingAs, clientId, may }, brand] = await Promise.all([requireWorkspace(), getBrand()]);
  return (
    <QueryProvider>
      <div className="flex min-h-dvh flex-col">
        <a
          href="#content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {actingAs ? (
          <ActingBanner acting={actingAs} clientName={(await getClient(clientId).catch(() => null))?.name ?? null} />
        ) : null}
        <ConsoleHeader brand={brand} user={user} sandbox={env().mode === 'sandbox'} />
        <main id="content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 p-4 sm:p-6">
          <AccountNav allowed={PERMISSIONS.filter((p) => may(p))} />
          <Suspense fallback={null}>
            <ActionRequired clientId={clientId} />
          </Suspense>
          {children}
        </main>
        <ShellFeedback />
      </div>
    </QueryProvider>
  );
}
