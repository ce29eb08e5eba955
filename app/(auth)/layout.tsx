import type { ReactNode } from 'react';
import { BrandMark } from '@/components/shell/brand-mark';
import { Badge } from '@/components/ui/badge';
import { getBrand } from '@/lib/brand/queries';
import { env } from '@/lib/env';

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const brand = await getBrand();
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center px-4 py-10">
      <div className="mb-6 flex items-center gap-3">
        <BrandMark brand={brand} size={40} />
        <span className="text-lg font-semibold">{brand.name}</span>
        {env().mode === 'sandbox' ? <Badge tone="warning">Sandbox</Badge> : null}
      </div>
      <div className="rounded-lg border border-line bg-surface p-6 shadow-sm">{children}</div>
      {brand.supportEmail ? (
        <p className="mt-4 text-center text-sm text-fg-muted">
          Need help?{' '}
          <a className="underline" href={`mailto:${brand.supportEmail}`}>
            {brand.supportEmail}
          </a>
        </p>
      ) : null}
    </main>
  );
}
