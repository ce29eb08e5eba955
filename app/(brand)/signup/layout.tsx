import type { ReactNode } from 'react';
import { BrandMark } from '@/components/shell/brand-mark';
import { Badge } from '@/components/ui/badge';
import { getBrand } from '@/lib/brand/queries';
import { env } from '@/lib/env';
import { getMessages, translator } from '@/lib/i18n';
import { getLocale } from '@/lib/i18n/server';

/** The public self-signup, under the reseller's brand (no console chrome, no session). */
export default async function SignupLayout({ children }: { children: ReactNode }) {
  const [brand, locale] = await Promise.all([getBrand(), getLocale()]);
  const t = translator(getMessages(locale));
  return (
    <div className="mx-auto flex min-h-dvh w-full max-w-2xl flex-col px-4 py-6 sm:py-10">
      <header className="mb-6 flex items-center gap-3">
        <BrandMark brand={brand} size={40} />
        <span className="text-lg font-semibold">{brand.name}</span>
        {env().mode === 'sandbox' ? <Badge tone="warning">Sandbox</Badge> : null}
      </header>
      <main id="content" className="flex-1 rounded-lg border border-line bg-surface p-4 shadow-sm sm:p-6">
        {children}
      </main>
      {brand.supportEmail || brand.privacyUrl ? (
        <footer className="mt-4 flex flex-wrap justify-center gap-4 text-sm text-fg-muted">
          {brand.supportEmail ? (
            <a className="underline" href={`mailto:${brand.supportEmail}`}>
              {brand.supportEmail}
            </a>
          ) : null}
          {brand.privacyUrl ? (
            <a className="underline" href={brand.privacyUrl}>
              {t('signup.privacy')}
            </a>
          ) : null}
        </footer>
      ) : null}
    </div>
  );
}
