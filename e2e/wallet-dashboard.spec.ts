import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { hydrated } from './pages/hydration';
import { walletPage } from './pages/wallet-page';
import { buyDids, createSandboxClient } from './support/sandbox-client';

/** A fresh client with a top-up and one number bought (a did_setup debit: spend to chart). */
async function clientWithSpend() {
  const c = await createSandboxClient({ name: 'Dashboard', credits: 3000 });
  await buyDids(c.clientId, 1, { country_code: '+91', region: '5' });
  return c;
}

test.describe('wallet dashboard', () => {
  test.use({ role: 'billing' });

  test('top up, then see the balance, the chart table view and the transaction', async ({ page, axe }) => {
    const c = await clientWithSpend();
    const wallet = await walletPage(page).goto(c.clientId);
    await expect(page.getByTestId('wallet-runway')).not.toBeEmpty();
    await wallet.openConfirmation('250');
    await wallet.confirmButton.click();
    await expect(wallet.dialog.getByText(/₹250\.00 added\. The balance is now /)).toBeVisible({ timeout: 20_000 });
    await wallet.dialog.getByRole('link', { name: 'Close' }).click();
    await expect(wallet.dialog).toBeHidden();
    await expect(wallet.table.getByRole('row').nth(1)).toContainText('250.00');

    // The daily spend chart's caption says the number; its table view lists the days.
    const figure = page.getByRole('figure').filter({ hasText: 'Daily spend, last 30 days' });
    await expect(figure.locator('figcaption')).toContainText(/spent in the last 30 days/);
    await figure.getByText('Table view: Daily spend, last 30 days').click();
    const days = figure.getByRole('table', { name: 'Daily spend, last 30 days' });
    await expect(days.getByRole('row')).toHaveCount(31);
    const byType = page.getByRole('figure').filter({ hasText: 'Spend by expense type' });
    await expect(byType.locator('figcaption')).toContainText('Number setup is the largest');
    await axe();
  });

  test('filter by expense type and export: the CSV has exactly the filtered rows', async ({ page }) => {
    const c = await clientWithSpend();
    const wallet = await walletPage(page).goto(c.clientId);
    await wallet.expenseType.selectOption('recharge');
    await wallet.applyFilters.click();
    await expect(page).toHaveURL(/expense_type=recharge/);
    // The URL changes before the filtered page has rendered: wait for the page's own signal
    // (the export link says "filtered") and the filtered table (one top-up) before counting.
    const exportLink = page.getByRole('link', { name: 'Export CSV (filtered)' });
    await expect(exportLink).toBeVisible();
    const rows = wallet.table.locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Recharge');
    const shown = await rows.count();
    const download = page.waitForEvent('download');
    await exportLink.click();
    const file = await (await download).path();
    const lines = (await readFile(file, 'utf8')).split('\r\n').filter(Boolean);
    expect(lines[0]).toContain('id,created_at,type,expense_type,amount_inr');
    expect(lines.length - 1).toBe(shown);
    expect(lines.slice(1).every((l) => l.includes(',credit,recharge,'))).toBe(true);
  });

  test('extend validity only: no money moves, the new date is shown after', async ({ page }) => {
    const c = await createSandboxClient({ name: 'Validity', credits: 800 });
    const wallet = await walletPage(page).goto(c.clientId);
    const till = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    await wallet.addForm.getByLabel('Extend validity only').check();
    await wallet.addForm.getByLabel('New validity date').fill(till);
    await wallet.review.click();
    await expect(wallet.dialog).toBeVisible();
    const confirm = wallet.dialog.getByRole('button', { name: `Extend validity to ${till}` });
    await hydrated(confirm);
    await confirm.click();
    await expect(wallet.dialog.getByText(`Validity extended to ${till}. The balance is ₹800.00.`)).toBeVisible({
      timeout: 20_000,
    });
    await wallet.dialog.getByRole('link', { name: 'Close' }).click();
    await expect(page.getByTestId('wallet-validity')).toContainText(till);
    await expect(wallet.balance).toHaveText('₹800.00');
  });

  test('a top-up over the ceiling is refused on the field', async ({ page }) => {
    const c = await createSandboxClient({ name: 'Ceiling' });
    const wallet = await walletPage(page).goto(c.clientId);
    await wallet.amount.fill('100000000');
    await wallet.review.click();
    await expect(wallet.addForm.getByText(/A single top-up can be at most/)).toBeVisible();
    await expect(wallet.dialog).toHaveCount(0);
  });
});

test.describe('wallet dashboard on a phone', () => {
  test.use({ role: 'owner' });
  test('375 px: no sideways scroll, charts and the form fit', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const c = await clientWithSpend();
    await walletPage(page).goto(c.clientId);
    await expect(page.getByRole('figure').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `the wallet page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/h6-wallet-375.png', fullPage: true });
  });
});
