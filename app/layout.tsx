import { GeistSans } from 'geist/font/sans';
import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import { headers } from 'next/headers';
import type { CSSProperties, ReactNode } from 'react';
import { getBrand } from '@/lib/brand/queries';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const brand = await getBrand();
  return { title: { default: brand.name, template: `%s · ${brand.name}` }, robots: { index: false } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * Without JavaScript, a page that streams (areas have a `loading.tsx`) shows its skeleton
 * forever: React sends the finished page later in the same response, inside
 * `<div hidden id="S:n">`, and only its inline `$RC` script swaps it in. A page that arrives as
 * ONE such part (nothing inside it suspends on its own, e.g. the clients list) marks its content
 * `data-noscript-reveal`; for browsers without scripting this then shows that part (it lands
 * after the shell, so the shell drops its full viewport height and a `main` that holds only the
 * skeleton) and hides the pending skeleton (the element after React's `<template id="B:n">`).
 * Pages whose content streams in several parts are not marked: their inner parts would land out
 * of place (a dialog's form outside its dialog). Browsers with scripting never parse `<noscript>`
 * content, so this costs them nothing.
 */
const REVEALED = 'body:has([hidden][id^="S:"] [data-noscript-reveal])';
const NO_SCRIPT_STREAM_CSS = [
  // Tailwind's preflight hides [hidden] with !important in its `base` layer, and a layered
  // !important beats an unlayered one: reveal from the same layer (Tailwind's layer order kept).
  '@layer properties,theme,base,components,utilities;',
  '@layer base{[hidden][id^="S:"]:has([data-noscript-reveal]){display:block!important}}',
  `${REVEALED} template[id^="B:"]+*{display:none!important}`,
  `${REVEALED} main:has(>template[id^="B:"]:first-child){display:none}`,
  `${REVEALED} .min-h-dvh{min-height:0}`,
].join('');

/*
 * Geist Mono as `geist/font/mono` declares it (same file, variable, fallbacks), but not
 * preloaded: only the console's ids use it, and a preload made every page (the public signup
 * too) fetch 72 KB it never shows. A page that shows mono text fetches it when its CSS asks.
 */
const GeistMono = localFont({
  src: '../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2',
  variable: '--font-geist-mono',
  adjustFontFallback: false,
  fallback: [
    'ui-monospace',
    'SFMono-Regular',
    'Roboto Mono',
    'Menlo',
    'Monaco',
    'Liberation Mono',
    'DejaVu Sans Mono',
    'Courier New',
    'monospace',
  ],
  weight: '100 900',
  preload: false,
});

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
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant CSS, read only without scripting */}
        <noscript dangerouslySetInnerHTML={{ __html: `<style>${NO_SCRIPT_STREAM_CSS}</style>` }} />
      </head>
      <body className="min-h-dvh font-sans antialiased">{children}</body>
    </html>
  );
}
