/**
 * Lighthouse 12.2.3 (13 needs Node 22), mobile and desktop, on the bare page and on portal
 * pages, runs alternating between pages, median of N per page and form factor.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { median, step } from './servers';

export type LhPage = { name: string; url: string; cookie?: string };
export type LhScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /**
   * The first paint as observed in the unthrottled load (Lighthouse's `observedFirstPaint`), not
   * simulated: Lantern's LCP counts every script that finished before it, so a late one (Chromium
   * sometimes holds the first paint ~1.2 s, on the portal's pages far more than on the bare one) costs
   * the page several points.
   */
  firstPaintMs: number;
  /** Accessibility audits that did not pass (ids), so a score under 100 says why. */
  a11yFailed: string[];
};
export type LhRun = Pick<LhScores, 'performance' | 'lcpMs' | 'firstPaintMs'>;
export type LhRow = { page: string; formFactor: 'mobile' | 'desktop'; runs: LhRun[] } & LhScores;

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function once(port: number, page: LhPage, formFactor: 'mobile' | 'desktop'): Promise<LhScores> {
  const result = await lighthouse(
    page.url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
    },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`lighthouse gave no result for ${page.url}`);
  if (lhr.runtimeError) throw new Error(`lighthouse ${page.url}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? Number.NaN);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    firstPaintMs: Number(
      (lhr.audits.metrics?.details as { items?: { observedFirstPaint?: number }[] } | undefined)?.items?.[0]
        ?.observedFirstPaint ?? Number.NaN,
    ),
    a11yFailed: (lhr.categories.accessibility?.auditRefs ?? [])
      .map((ref) => ref.id)
      .filter((id) => {
        const score = lhr.audits[id]?.score;
        return typeof score === 'number' && score < 1;
      }),
  };
}

/**
 * Chromium's paint holding switched off, for the bench's diagnostic pass only. In Lighthouse's
 * mobile loads Chromium (156, headless) often keeps showing the previous surface for ~1.2 s after
 * the page has painted: the renderer's first frames carry a surface id from before Lighthouse's
 * device emulation, the browser waits for the newer one, viz stops sending begin-frames to the
 * renderer for its undrawn frames ("ThrottleUndrawnFrames" in a trace), and only a later re-embed
 * releases it. With this flag the holds disappear (0 of 6 loads against 4 of 6); Playwright with
 * the same viewport and scale never shows them (0 of 38 loads, fresh tabs and same-tab
 * navigations). NOTES.md, session 10, has the trace.
 */
export const NO_PAINT_HOLDING = '--disable-features=PaintHolding';

export async function runLighthouse(
  pages: LhPage[],
  runs: number,
  opts: { extraFlags?: string[]; formFactors?: ('mobile' | 'desktop')[] } = {},
): Promise<LhRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: [...FLAGS, ...(opts.extraFlags ?? [])],
  });
  const raw = new Map<string, LhScores[]>();
  try {
    for (let i = 0; i < runs; i++) {
      for (const formFactor of opts.formFactors ?? (['mobile', 'desktop'] as const)) {
        // Pages alternate within each round, so drift on the machine spreads over all of them.
        for (const page of pages) {
          step(`lighthouse ${formFactor} ${page.name} (run ${i + 1}/${runs})`);
          const key = `${page.name}|${formFactor}`;
          raw.set(key, [...(raw.get(key) ?? []), await once(chrome.port, page, formFactor)]);
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return [...raw.entries()].map(([key, list]) => {
    const [page, formFactor] = key.split('|') as [string, 'mobile' | 'desktop'];
    const m = (k: Exclude<keyof LhScores, 'a11yFailed'>) => median(list.map((s) => s[k]));
    return {
      page,
      formFactor,
      performance: m('performance'),
      accessibility: m('accessibility'),
      bestPractices: m('bestPractices'),
      lcpMs: m('lcpMs'),
      tbtMs: m('tbtMs'),
      cls: m('cls'),
      firstPaintMs: m('firstPaintMs'),
      a11yFailed: [...new Set(list.flatMap((s) => s.a11yFailed))],
      runs: list.map(({ performance, lcpMs, firstPaintMs }) => ({ performance, lcpMs, firstPaintMs })),
    };
  });
}
