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

    // The English signup names Hindi in Devanagari ("हिन्दी") on its language switch: drawn from a
    // 2 KB face inlined in the page's CSS (those glyphs only), not the 50 KB file.
    await page.goto('/signup');
    const label = page.getByRole('button', { name: 'हिन्दी' });
    await expect(label).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('14px "Hindi Label"', 'हिन्दी'))).toBe(true);
    expect(
      await page.evaluate(() =>
        [...document.fonts].some((f) => f.family.replace(/["']/g, '') === 'Hindi Label' && f.status === 'loaded'),
      ),
    ).toBe(true);
    expect(fetched).toEqual([]);

    // The Hindi signup: its text loads the full face (from the device's own copy if it has one,
    // else the self-hosted file), so the words are not drawn as boxes.
    await label.click();
    await expect(page.locator('div[lang="hi"]').first()).toBeVisible();
    await expect.poll(async () => (await faceStatus(page)).includes('loaded'), { timeout: 15_000 }).toBe(true);
    const hasOwnFont = await page.evaluate(() => document.fonts.check('16px "Noto Sans Devanagari"', 'हिन्दी'));
    if (!hasOwnFont) expect(fetched.length).toBeGreaterThan(0);
  });

  test('Latin text uses the preloaded Latin cut of Geist; the whole font is fetched only when needed', async ({
    page,
  }) => {
    const geist: string[] = [];
    page.on('request', (r) => {
      if (/\/media\/.*\.woff2/.test(r.url()) && !FILE.test(r.url())) geist.push(r.url());
    });
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    // One file: the Latin cut (preloaded), and it is what the heading is drawn with.
    expect(geist).toHaveLength(1);
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, '')),
    );
    expect(loaded.some((f) => /geist/i.test(f))).toBe(true);
    // A character outside the Latin range (Polish "ł") brings in the whole font.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Łódź';
      document.body.append(p);
    });
    await expect.poll(() => geist.length, { timeout: 15_000 }).toBe(2);
  });
});
