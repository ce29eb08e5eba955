import { expect, test } from './fixtures';
import { hydrated } from './pages/hydration';
import { buyDids, createSandboxClient } from './support/sandbox-client';

/** A fresh client with one number to bridge sessions over. */
async function clientWithNumber() {
  const c = await createSandboxClient({ name: 'Masking', credits: 5000 });
  await buyDids(c.clientId, 1, { country_code: '+91', region: '5' });
  return c;
}

async function start(page: import('@playwright/test').Page, a: string, b: string) {
  const form = page.getByRole('form', { name: 'Start a masked session' });
  await form.getByLabel('Party A mobile').fill(a);
  await form.getByLabel('Party B mobile').fill(b);
  const submit = form.getByRole('button', { name: 'Start session' });
  await hydrated(submit);
  await submit.click();
  await expect(form.getByText(/Session .+ started/)).toBeVisible({ timeout: 20_000 });
}

/**
 * Toasts land bottom right, over the last row's buttons, and stay while the pointer rests on
 * them (the pointer is where the last click was): move it away and let them go, as a user would.
 */
async function toastsGone(page: import('@playwright/test').Page) {
  await page.mouse.move(0, 0);
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 15_000 });
}

test.describe('number masking', () => {
  test.use({ role: 'owner' });

  test('start, ringing → connected, update TTL, cancel, records; numbers masked', async ({ page, axe }) => {
    test.setTimeout(120_000);
    const c = await clientWithNumber();
    await page.goto(`/clients/${c.clientId}/masking`);
    await start(page, '98765 43210', '98765 12345');
    const sessions = page.getByRole('table', { name: 'Masking sessions' });
    const row = sessions.getByRole('row').nth(1);
    await expect(row).toContainText('ringing', { timeout: 20_000 });
    // Upstream (the sandbox) sends parties already masked to their last two digits; the
    // portal shows only the digits upstream revealed, never the number in clear.
    await expect(row).toContainText('••••••10 ↔ ••••••45');
    await expect(sessions).not.toContainText('3210');
    await expect(row).toContainText('connected', { timeout: 40_000 });
    await axe();

    await row.getByRole('button', { name: /^Update session / }).click();
    const dialog = page.getByRole('dialog', { name: /^Update session / });
    await dialog.getByLabel('New time to live (minutes)').fill('45');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(row).toContainText(/4[45] min left/, { timeout: 20_000 });
    await toastsGone(page);

    await row.getByRole('button', { name: /^Cancel session / }).click();
    await expect(row).toContainText('cancelled', { timeout: 20_000 });
    await toastsGone(page);
    await row.getByRole('button', { name: /^Records/ }).click();
    const records = row.getByRole('list', { name: /^Records of session / });
    await expect(records).toContainText('ttl_updated');
    await expect(records).toContainText('cancelled');
  });

  test('a party ending in 0000 never answers: the session shows failed', async ({ page }) => {
    test.setTimeout(90_000);
    const c = await clientWithNumber();
    await page.goto(`/clients/${c.clientId}/masking`);
    await start(page, '98765 40000', '98765 12345');
    const row = page.getByRole('table', { name: 'Masking sessions' }).getByRole('row').nth(1);
    await expect(row).toContainText('failed', { timeout: 40_000 });
  });

  test('a bad party number is refused on its field, values kept', async ({ page }) => {
    const c = await clientWithNumber();
    await page.goto(`/clients/${c.clientId}/masking`);
    const form = page.getByRole('form', { name: 'Start a masked session' });
    await form.getByLabel('Party A mobile').fill('12345');
    await form.getByLabel('Party B mobile').fill('98765 12345');
    const submit = form.getByRole('button', { name: 'Start session' });
    await hydrated(submit);
    await submit.click();
    await expect(form.getByText('Enter a valid Indian mobile number')).toBeVisible();
    await expect(form.getByLabel('Party B mobile')).toHaveValue('98765 12345');
  });
});
