import { expect, test } from './fixtures';
import { clientsPage } from './pages/clients-page';
import { hydrated } from './pages/hydration';
import { createSandboxClient, sandboxCall } from './support/sandbox-client';

const PHONE = { width: 390, height: 844 };

type Page = import('@playwright/test').Page;
type Locator = import('@playwright/test').Locator;

/**
 * A client of this run with two numbers and a wallet with transactions (a top-up and two
 * setup debits), so the phone layouts are checked on rows of every kind.
 */
async function clientWithNumbers(): Promise<string> {
  // Setup fees run up to ₹2,999 a number.
  const { clientId } = await createSandboxClient({ name: 'Phone Layout', credits: 10_000 });
  const offers = await sandboxCall<{ number: string }[]>('search_dids', { client_id: clientId, country_code: '+91' });
  // Random picks: parallel tests buying from the same list rarely want the same number.
  const picks = offers.sort(() => Math.random() - 0.5).slice(0, 2);
  for (const { number } of picks) await sandboxCall('buy_did', { client_id: clientId, number, country: 'IN' });
  return clientId;
}

/** How far the page is wider than the viewport (0 = no sideways scrolling). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
/** How far a region scrolls sideways inside itself. */
const innerOverflow = (region: Locator) => region.evaluate((el) => Math.max(0, el.scrollWidth - el.clientWidth));
/** The right edge of an element, to check it is on a 390 px screen. */
const rightEdge = async (el: Locator) => {
  const box = await el.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.x + box.width;
};

test.describe('phone layouts at 390 px (issue 14 #5)', () => {
  test.use({ role: 'owner', viewport: PHONE });
  // Each test scans with axe once or twice: allow for a loaded machine.
  test.slow();

  test('the clients list does not scroll sideways and folds its five filters behind one Filters button', async ({
    page,
    axe,
  }) => {
    const list = await clientsPage(page).goto('?status=active&sort=balance');
    await expect(list.rows.first()).toBeVisible();
    // Folded: the filters are not above the first row, the button says how many are set.
    await expect(list.status).toBeHidden();
    await expect(list.filtersButton).toHaveAccessibleName('Filters 2 active');
    await expect(list.filtersButton).toHaveAttribute('aria-expanded', 'false');
    expect((await list.rows.first().boundingBox())?.y ?? Infinity).toBeLessThan(PHONE.height);
    // Neither the page nor the table scrolls sideways: each row is a card.
    expect(await pageOverflow(page)).toBe(0);
    expect(await innerOverflow(page.getByRole('region', { name: 'Clients' }))).toBe(0);
    expect(await rightEdge(list.rows.first())).toBeLessThanOrEqual(PHONE.width);
    await axe();

    await hydrated(list.filtersButton);
    await list.filtersButton.click();
    await expect(list.filtersButton).toHaveAttribute('aria-expanded', 'true');
    await expect(list.status).toHaveValue('active');
    await expect(list.sortBy).toHaveValue('balance');
    await list.status.selectOption('inactive');
    await list.apply.click();
    await expect(page).toHaveURL(/status=inactive/);
    await axe();
  });

  test("a client's numbers keep Schedule and Remove on screen", async ({ page, axe }) => {
    const clientId = await clientWithNumbers();
    await page.goto(`/clients/${clientId}/numbers`);
    const table = page.getByRole('table', { name: "This client's numbers" });
    await expect(table).toBeVisible();
    const schedule = table.getByRole('link', { name: /^Schedule of / });
    const remove = table.getByRole('button', { name: /^Remove / });
    await expect(schedule).not.toHaveCount(0);
    await expect(remove).not.toHaveCount(0);
    for (const el of [...(await schedule.all()), ...(await remove.all())]) {
      await el.scrollIntoViewIfNeeded();
      expect(await rightEdge(el), `${await el.textContent()} is on screen`).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await pageOverflow(page)).toBe(0);
    await axe();
  });

  test("a client's wallet: transactions as cards, no scrolling region a keyboard cannot reach (axe)", async ({
    page,
    axe,
  }) => {
    const clientId = await clientWithNumbers();
    await page.goto(`/clients/${clientId}/wallet`);
    // Table's own region (the wallet page also has a "Transactions" section around it).
    const region = page.locator('section[aria-label="Transactions"]');
    await expect(region.getByRole('table')).toBeVisible();
    expect(await innerOverflow(region)).toBe(0);
    expect(await pageOverflow(page)).toBe(0);
    await axe();
  });

  for (const path of ['/onboarding', '/sandbox/inbox']) {
    test(`${path} fits the screen`, async ({ page, axe }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await pageOverflow(page), path).toBe(0);
      // The region around each table (Table's scroll box) must not scroll either.
      for (const t of await page.getByRole('table').all()) {
        expect(await innerOverflow(t.locator('xpath=..')), path).toBe(0);
      }
      await axe();
    });
  }
});
