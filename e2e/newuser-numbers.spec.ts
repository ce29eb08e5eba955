import { expect, test } from './fixtures';
import { numberSearchPage } from './pages/numbers-page';
import { createSandboxClient, sandboxCall } from './support/sandbox-client';

/**
 * Issue 14 items 1 and 9: what a new staff member meets on the number search. Each test makes
 * its own client (the status and the balance are what is under test).
 */
const INACTIVE = /This client is inactive/;

test.describe('number search for a new user', () => {
  test.use({ role: 'owner' });

  test('an inactive client: status shown, buying off with the reason and a way to reactivate', async ({
    page,
    axe,
  }) => {
    const c = await createSandboxClient({ name: 'Inactive buyer', credits: 5000 });
    await sandboxCall('update_status', { client_id: c.clientId, status: '0' });
    const search = await numberSearchPage(page).goto(c.clientId, '?region=1');
    await expect(page.getByRole('status').filter({ hasText: 'cannot buy numbers' })).toBeVisible();
    await expect(search.results).toBeVisible();
    await expect(search.results.getByRole('link', { name: /^Buy / })).toHaveCount(0);
    await page.getByRole('link', { name: 'Reactivate the client' }).click();
    await expect(page).toHaveURL(new RegExp(`/clients/${c.clientId}#status$`));
    await axe();
  });

  test('a client made inactive while the confirmation is open gets the truthful reason', async ({ page }) => {
    const c = await createSandboxClient({ name: 'Goes inactive', credits: 5000 });
    const search = await numberSearchPage(page).goto(c.clientId, '?region=2');
    const [number] = await search.numbers();
    await search.openConfirmation(number);
    await sandboxCall('update_status', { client_id: c.clientId, status: '0' });
    await search.confirmButton.click();
    await expect(search.dialog.getByRole('alert')).toContainText(INACTIVE, { timeout: 30_000 });
    await expect(search.dialog).not.toContainText('partner account');
  });

  test('the balance beside the results; numbers it cannot afford are greyed out', async ({ page, axe }) => {
    // ₹1,000 covers some setups (₹499–₹2,999) and not others.
    const c = await createSandboxClient({ name: 'Small wallet', credits: 1000 });
    const search = await numberSearchPage(page).goto(c.clientId, '?region=3&sort=price');
    await expect(page.getByTestId('client-balance')).toContainText('₹1,000');
    const cheap = search.results.locator('tr[data-affordable="true"]');
    const dear = search.results.locator('tr[data-affordable="false"]');
    await expect(cheap.first()).toBeVisible();
    await expect(cheap.first().getByRole('link', { name: /^Buy / })).toBeVisible();
    await page.goto(`/clients/${c.clientId}/numbers/search?region=3&sort=-price`);
    await expect(dear.first()).toContainText('Balance too low');
    await expect(dear.first().getByRole('link', { name: /^Buy / })).toHaveCount(0);
    await expect(dear.first().getByRole('link', { name: 'Add credits' })).toBeVisible();
    await axe();
  });

  test('sorted by price, paged, one full stop, and Chennai numbers are not all "Repeated digits"', async ({ page }) => {
    const c = await createSandboxClient({ name: 'Chennai search' });
    const search = await numberSearchPage(page).goto(c.clientId, '?region=4');
    const summary = page.getByText(/available numbers?/).first();
    await expect(summary).not.toContainText('..');
    const pager = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pager).toContainText('Page 1 of');
    const firstPage = await search.numbers();
    expect(firstPage.length).toBeLessThanOrEqual(25);
    // Every Chennai number starts 44 4…: the area code is not a pattern.
    const repeated = search.results.getByRole('rowheader').filter({ hasText: 'Repeated digits' });
    expect(await repeated.count()).toBeLessThan(firstPage.length);
    await pager.getByRole('link', { name: 'Next' }).click();
    await expect(pager).toContainText('Page 2 of', { timeout: 30_000 });
    const secondPage = await search.numbers();
    expect(secondPage.some((n) => firstPage.includes(n))).toBe(false);

    await search.results.getByRole('link', { name: /^Setup/ }).click();
    await expect(page).toHaveURL(/sort=price/, { timeout: 30_000 });
    const setups = await search.results.locator('td[data-label="Setup"]').allTextContents();
    const values = setups.map((t) => Number(t.replace(/[^\d.]/g, '')));
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });
});
