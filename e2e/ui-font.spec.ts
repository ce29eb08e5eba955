import { expect, test } from './fixtures';

const FACE = 'Noto Sans Devanagari Web';
const FILE = /noto-sans-devanagari.*\.woff2/;

type Page = import('@playwright/test').Page;

/** The state of the self-hosted Devanagari faces: 'unloaded' until a page needs them. */
const faceStatus = (page: Page) =>
  page.evaluate(
    (family) =>
      [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === family).map((f) => f.status as string),
    FACE,
  );

test.describe('Hindi on devices without a Devanagari font (issue 14 #12)', () => {
  test.slow();
  test('a page that shows Devanagari gets the self-hosted face; an English page does not fetch it', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (FILE.test(r.url())) fetched.push(r.url());
    });

    // English, no Devanagari on the page: the face exists but is never loaded.
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Rendered text (not scripts) is what makes a browser fetch a font.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here
    expect(await page.evaluate(() => /[\u0900-\u097F]/.test(document.body.innerText))).toBe(false);
    await page.evaluate(() => document.fonts.ready);
    const english = await faceStatus(page);
    expect(english.length, 'the Devanagari face is declared').toBeGreaterThan(0);
    expect(english.every((s) => s === 'unloaded')).toBe(true);
    expect(fetched).toEqual([]);

    // The signup page names Hindi in Devanagari ("हिन्दी"): the face loads (from the device's
    // own copy if it has one, else the self-hosted file), so the word is not drawn as boxes.
    await page.goto('/signup');
    await expect(page.getByText('हिन्दी')).toBeVisible();
    await expect.poll(async () => (await faceStatus(page)).includes('loaded'), { timeout: 15_000 }).toBe(true);
    const hasOwnFont = await page.evaluate(() => document.fonts.check('16px "Noto Sans Devanagari"', 'हिन्दी'));
    if (!hasOwnFont) expect(fetched.length).toBeGreaterThan(0);
  });
});
