import { expect, test } from './fixtures';
import { futureWeekday } from './pages/flows-page';
import { hydrated } from './pages/hydration';
import { canaryValue, secretsAtRest, watchForSecrets } from './pages/secrets';
import { createSandboxClient } from './support/sandbox-client';

test.describe('WhatsApp numbers', () => {
  test.use({ role: 'owner' });

  test('link with a write-only token, schedule, add a holiday, unlink', async ({ page, context, axe }) => {
    test.setTimeout(90_000);
    const token = canaryValue('wa');
    const watch = watchForSecrets(context, [token]);
    const c = await createSandboxClient({ name: 'WhatsApp' });
    const pnid = String(1_000_000_000 + Math.floor(Math.random() * 8e9));

    await page.goto(`/clients/${c.clientId}/whatsapp`);
    const link = page.getByRole('form', { name: 'Link a WhatsApp number' });
    await hydrated(link.getByRole('button', { name: 'Link number' }));
    await link.getByLabel('Phone number id').fill('12ab');
    await link.getByLabel('Access token').fill(token);
    await link.getByRole('button', { name: 'Link number' }).click();
    await expect(link.getByText('The phone number id is the number Meta shows')).toBeVisible();
    // The token is never put back into the form.
    await expect(link.getByLabel('Access token')).toHaveValue('');
    await link.getByLabel('Phone number id').fill(pnid);
    await link.getByLabel('Access token').fill(token);
    await link.getByLabel('Display number (optional)').fill('+919812345678');
    await link.getByLabel('Verified business name (optional)').fill('Acme Support');
    await link.getByRole('button', { name: 'Link number' }).click();
    const row = page.getByRole('row', { name: new RegExp(pnid) });
    await expect(row).toContainText('connected');
    await expect(row).toContainText('set (••••)');
    await axe();

    await row.getByRole('link', { name: /Schedule of/ }).click();
    const weekly = page.getByRole('form', { name: 'Weekly schedule' });
    await hydrated(weekly.getByRole('button').first());
    await weekly.getByRole('button', { name: /Save/ }).click();
    await expect(weekly.getByText('Schedule saved.')).toBeVisible();
    const add = page.getByRole('form', { name: 'Add a holiday' });
    const date = futureWeekday(15);
    await add.getByLabel('Holiday name').fill('Founders day');
    await add.getByLabel('Date').fill(date);
    await add.getByRole('button', { name: 'Add holiday' }).click();
    await expect(page.getByText(`Added Founders day on ${date}.`)).toBeVisible();

    await page.goto(`/clients/${c.clientId}/whatsapp`);
    await hydrated(row.getByRole('button', { name: /Unlink/ }));
    await row.getByRole('button', { name: /Unlink/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Unlink number' }).click();
    await expect(page.getByText('WhatsApp number unlinked.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('row', { name: new RegExp(pnid) })).toHaveCount(0);

    await watch.settle();
    expect(watch.leaks, 'the access token reached the browser').toEqual([]);
    expect(secretsAtRest([token]), 'the access token was stored in the audit log or server log').toEqual([]);
  });
});
