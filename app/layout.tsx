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
 * Geist Sans in two faces. First the Latin range every page draws, cut from the `geist` package's
 * variable font by scripts/fonts/subset.sh (34 KB instead of 70 KB; preloaded, as
 * `geist/font/sans` does). Then the whole font, never preloaded: the browser fetches it only for
 * a page with a character outside that range (a name in Polish, say). Lighthouse on /signup: a
 * font that finishes before the first paint counts fully against the simulated LCP on slow 4G.
 * The first face has no metric-adjusted fallback of its own: that fallback (local Arial) would
 * draw every other character before the whole font is reached; the second face's stands in for
 * both while they load.
 */
const GeistSans = localFont({
  src: './fonts/geist-latin.woff2',
  variable: '--font-geist-sans',
  weight: '100 900',
  adjustFontFallback: false,
  fallback: [],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+20B9,U+2122,U+2190-2199,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});
const GeistSansFull = localFont({
  src: '../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2',
  variable: '--font-geist-sans-full',
  weight: '100 900',
  preload: false,
});

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
    <html
      lang="en"
      className={`${GeistSans.variable} ${GeistSansFull.variable} ${GeistMono.variable}`}
      style={style}
      suppressHydrationWarning
    >
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
