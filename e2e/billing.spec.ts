import { expect, test } from './fixtures';
import { hydrated } from './pages/hydration';
import { createSandboxClient } from './support/sandbox-client';

/** The billing overview on a client of its own (balance ₹0: under any low-balance line). */
test.describe('billing overview', () => {
  test.use({ role: 'owner' });

  test('low balance lists the client; pause, reactivate, one-click top-up removes it', async ({ page, axe }) => {
    test.setTimeout(120_000);
    const c = await createSandboxClient({ name: 'Billing' });
    const low = page.getByRole('table', { name: 'Low balance' });
    const row = low.getByRole('row').filter({ hasText: c.name });
    // A client made outside the portal a moment ago: "Refresh now" reloads the clients and the
    // spend summary, and the page re-renders with it (what a user would do).
    await page.goto(`/wallet?find=${encodeURIComponent(c.name)}`);
    const refresh = page.getByRole('button', { name: 'Refresh now' });
    await hydrated(refresh);
    await refresh.click();
    await expect(page.getByText(/^(Billing summary refreshed|Clients reloaded)\./)).toBeVisible({ timeout: 30_000 });
    await expect(row).toBeVisible();
    await expect(page.getByTestId('summary-age')).toContainText('Spend figures as of');
    await axe();

    const pause = row.getByRole('button', { name: `Pause ${c.name}` });
    await hydrated(pause);
    await pause.click();
    const dialog = page.getByRole('dialog', { name: `Pause ${c.name}?` });
    await dialog.getByLabel('Reason').fill('Unpaid invoice for November');
    await dialog.getByRole('button', { name: 'Pause client' }).click();
    await expect(row.getByText('Paused')).toBeVisible({ timeout: 20_000 });

    const reactivate = row.getByRole('button', { name: `Reactivate ${c.name}` });
    await hydrated(reactivate);
    await reactivate.click();
    const again = page.getByRole('dialog', { name: `Reactivate ${c.name}?` });
    await again.getByLabel('Reason').fill('Invoice paid today');
    await again.getByRole('button', { name: 'Reactivate client' }).click();
    await expect(row.getByText('Active')).toBeVisible({ timeout: 20_000 });

    await row.getByRole('link', { name: `Top up ${c.name}` }).click();
    const confirm = page.getByRole('dialog').getByRole('button', { name: /^Add ₹/ });
    await hydrated(confirm);
    await confirm.click();
    await expect(page.getByRole('dialog').getByText(/added\. The balance is now/)).toBeVisible({ timeout: 20_000 });
    await page.getByRole('dialog').getByRole('link', { name: 'Close' }).click();
    await expect(row).toHaveCount(0, { timeout: 20_000 });
  });
});

test.describe('billing overview paging', () => {
  test.use({ role: 'billing' });

  test('each list pages on the server, 10 rows at a time, keeping the filter and the other lists', async ({ page }) => {
    test.setTimeout(120_000);
    // Eleven clients of this test's own (₹0 each: all under the low-balance line), one name tag.
    const tag = `Paging ${Date.now().toString(36)}`;
    const made = await Promise.all(Array.from({ length: 11 }, () => createSandboxClient({ name: tag })));
    await page.goto(`/wallet?find=${encodeURIComponent(tag)}`);
    const refresh = page.getByRole('button', { name: 'Refresh now' });
    await hydrated(refresh);
    await refresh.click();
    await expect(page.getByText(/^(Billing summary refreshed|Clients reloaded)\./)).toBeVisible({ timeout: 30_000 });

    const low = page.getByRole('table', { name: 'Low balance' });
    const pager = page.getByRole('navigation', { name: 'Low balance: pages' });
    await expect(low.getByRole('row').filter({ hasText: tag })).toHaveCount(10);
    await expect(pager).toContainText('Page 1 of 2 · 11 total');
    await pager.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/[?&]low=2(&|#|$)/);
    await expect(page).toHaveURL(/find=Paging/);
    await expect(low.getByRole('row').filter({ hasText: tag })).toHaveCount(1);
    await expect(pager).toContainText('Page 2 of 2 · 11 total');
    // Every client is on exactly one of the two pages.
    const second = (await low.getByRole('row').filter({ hasText: tag }).innerText()).trim();
    expect(made.filter((c) => second.includes(c.name))).toHaveLength(1);
    await pager.getByRole('link', { name: 'Previous' }).click();
    await expect(page).not.toHaveURL(/low=/);
    await expect(low.getByRole('row').filter({ hasText: tag })).toHaveCount(10);
  });
});

test.describe('billing overview, read only', () => {
  test.use({ role: 'viewer' });
  test('a viewer sees totals and lists but no top-up or pause, at 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/wallet');
    await expect(page.getByText('Balance held by clients')).toBeVisible();
    await expect(page.getByRole('link', { name: /^Top up / })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Pause / })).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
