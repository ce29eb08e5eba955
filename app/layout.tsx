import { GeistMono } from 'geist/font/mono';
import { GeistSans } from 'geist/font/sans';
import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { CSSProperties, ReactNode } from 'react';
import { getBrand } from '@/lib/brand/queries';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const brand = await getBrand();
  return { title: { default: brand.name, template: `%s · ${brand.name}` }, robots: { index: false } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// Applies the saved or system theme before first paint, so dark mode does not flash.
const THEME_SCRIPT = `try{var t=localStorage.getItem('theme');if(t==='dark'||(!t&&matchMedia('(prefers-color-scheme: dark)').matches))document.documentElement.classList.add('dark')}catch(e){}`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [brand, h] = await Promise.all([getBrand(), headers()]);
  const nonce = h.get('x-nonce') ?? undefined;
  const style = { '--brand': brand.primaryColor, '--brand-contrast': brand.primaryContrast } as CSSProperties;
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`} style={style} suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant script, CSP nonce'd */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-dvh font-sans antialiased">{children}</body>
    </html>
  );
}
