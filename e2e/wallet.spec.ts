import { expect, test } from './fixtures';
import { walletPage, walletUpstream } from './pages/wallet-page';
import { createSandboxClient, type NewClient } from './support/sandbox-client';

// A client of this spec's own (tests must not change shared demo clients' money).
let created: NewClient;
let CLIENT = '';
let CLIENT_NAME = '';
test.beforeAll(async () => {
  created = await createSandboxClient({ name: 'Wallet', credits: 1000 });
  CLIENT = created.clientId;
  CLIENT_NAME = created.name;
});

/** An amount no earlier run used (₹100.01–₹999.99), so counting credits of it is exact. */
const uniqueAmount = () => {
  const paise = 10_001 + Math.floor(Math.random() * 89_998);
  return `${Math.floor(paise / 100)}.${String(paise % 100).padStart(2, '0')}`;
};
const rupees = (text: string) => Math.round(Number(text.replace(/[^\d.-]/g, '')) * 100);

test.describe('wallet: adding credits exactly once', () => {
  // Serial: the armed add_client_credits fault must meet only its own test.
  test.describe.configure({ mode: 'serial' });
  test.use({ role: 'billing' });

  test('billing adds credits: the balance goes up by exactly the amount, one transaction', async ({
    page,
    request,
    axe,
  }) => {
    const up = walletUpstream(request);
    const amount = uniqueAmount();
    const before = await up.balancePaise(CLIENT);
    const wallet = await walletPage(page).goto(CLIENT);
    expect(rupees((await wallet.balance.textContent()) ?? '')).toBe(before);

    await wallet.openConfirmation(amount);
    const details = wallet.dialog.getByRole('definition');
    // Amount, current balance, balance after, validity.
    expect(rupees((await details.nth(2).textContent()) ?? '')).toBe(before + rupees(amount));
    await axe();
    await wallet.confirmButton.click();
    await expect(wallet.dialog.getByText(/ added\. The balance is now /)).toBeVisible({ timeout: 20_000 });

    expect(await up.balancePaise(CLIENT)).toBe(before + rupees(amount));
    expect(await up.creditsOf(CLIENT, amount)).toBe(1);
    await wallet.dialog.getByRole('link', { name: 'Close' }).click();
    await expect(wallet.dialog).toBeHidden();
    await expect(wallet.balance).toHaveText(/₹/);
    expect(rupees((await wallet.balance.textContent()) ?? '')).toBe(before + rupees(amount));
    await expect(wallet.table.getByRole('row').nth(1)).toContainText(amount);
  });

  test('a double click and a second tab with the same confirmation credit once', async ({ page, context, request }) => {
    const up = walletUpstream(request);
    const amount = uniqueAmount();
    const before = await up.balancePaise(CLIENT);
    const wallet = await walletPage(page).goto(CLIENT);
    await wallet.openConfirmation(amount);

    const page2 = await context.newPage();
    await page2.goto(page.url());
    const wallet2 = walletPage(page2);
    await expect(wallet2.confirmButton).toBeVisible();

    await wallet.confirmButton.dblclick();
    await expect(wallet.dialog.getByText(/ added\. The balance is now /)).toBeVisible({ timeout: 20_000 });
    await wallet2.confirmButton.click();
    await expect(wallet2.dialog.getByText(/ added\. The balance is now /)).toBeVisible({ timeout: 20_000 });

    expect(await up.creditsOf(CLIENT, amount)).toBe(1);
    expect(await up.balancePaise(CLIENT)).toBe(before + rupees(amount));
  });

  test('a timeout on add_client_credits shows pending, then reconciles without a duplicate', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const up = walletUpstream(request);
    const amount = uniqueAmount();
    const before = await up.balancePaise(CLIENT);
    const wallet = await walletPage(page).goto(CLIENT);
    await wallet.openConfirmation(amount);
    await up.armFault(CLIENT, { endpoint: 'add_client_credits', kind: 'timeout', times: 1 });
    try {
      await wallet.confirmButton.click();
      await expect(wallet.dialog.getByText('Pending.')).toBeVisible({ timeout: 45_000 });
      await expect(wallet.dialog.getByText(/ added\./)).toBeVisible({ timeout: 45_000 });
    } finally {
      await up.clearFaults(CLIENT);
    }
    expect(await up.creditsOf(CLIENT, amount)).toBe(1);
    expect(await up.balancePaise(CLIENT)).toBe(before + rupees(amount));
  });

  test('a bad amount is refused with a message on the field', async ({ page }) => {
    const wallet = await walletPage(page).goto(CLIENT);
    await wallet.amount.fill('12.345');
    await wallet.review.click();
    await expect(wallet.addForm.getByText('Use at most two decimal places')).toBeVisible();
    await expect(wallet.amount).toHaveAttribute('aria-invalid', 'true');
    await expect(wallet.dialog).toHaveCount(0);
  });
});

test.describe('wallet: reading', () => {
  test.use({ role: 'viewer' });

  test('a viewer sees the balance and transactions but no way to add credits, at 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const wallet = await walletPage(page).goto(CLIENT);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `the wallet page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    await expect(wallet.balance).toHaveText(/₹/);
    await expect(wallet.table).toBeVisible();
    await expect(wallet.addForm).toHaveCount(0);
    // Not even by URL.
    await wallet.goto(CLIENT, '?amount=500');
    await expect(wallet.dialog).toHaveCount(0);
    await expect(wallet.addForm).toHaveCount(0);
  });

  test('pick a client, filter transactions by type: the state lives in the URL', async ({ page, axe }) => {
    await page.goto('/wallet');
    await page.getByRole('search', { name: 'Find a client' }).getByLabel('Client').fill(CLIENT_NAME);
    await page.getByRole('button', { name: 'Find client' }).click();
    await page.getByRole('link', { name: `Wallet of ${CLIENT_NAME}` }).click();
    await expect(page).toHaveURL(`/clients/${CLIENT}/wallet`);
    const wallet = walletPage(page);
    await expect(
      page.getByRole('navigation', { name: 'Client areas' }).getByRole('link', { name: 'Wallet' }),
    ).toHaveAttribute('aria-current', 'page');

    await wallet.expenseType.selectOption('recharge');
    await wallet.applyFilters.click();
    await expect(page).toHaveURL(/[?&]expense_type=recharge/);
    await page.reload();
    await expect(wallet.expenseType).toHaveValue('recharge');
    const types = await wallet.table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((t) => t.includes('Recharge'))).toBe(true);
    await axe();

    await wallet.goto(CLIENT, '?expense_type=sms&start=2001-01-01&end=2001-01-02');
    await expect(page.getByText('No transactions match these filters.')).toBeVisible();
  });
});
