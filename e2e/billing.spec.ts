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
