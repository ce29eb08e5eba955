import { expect, test } from './fixtures';
import { hydrated } from './pages/hydration';

/**
 * Issue 14 item 3: one display time zone, set under Settings → General (owner/admin, audited),
 * and every time labelled with it. The test saves the zone already in force (the default,
 * India) so that tests running beside it never see another zone.
 */
test.describe('display time zone', () => {
  test.use({ role: 'owner' });

  test('Settings → General saves the zone; times elsewhere carry its label', async ({ page, axe }) => {
    await page.goto('/settings/general');
    const form = page.getByRole('form', { name: 'Display time zone' });
    const zone = form.getByLabel('Display time zone');
    await expect(zone).toHaveValue('Asia/Kolkata');
    await expect(form).toContainText(/e\.g\. \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} IST/);
    await axe();
    await hydrated(form.getByRole('button', { name: 'Save' }));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toContainText('Times are now shown in Asia/Kolkata.');

    await page.goto('/audit?action=settings.general');
    const row = page.getByRole('table').getByRole('row').filter({ hasText: 'Changed the general settings' }).first();
    await expect(row).toContainText(/\d{2}:\d{2} IST/);
  });

  test.describe('an operations user', () => {
    test.use({ role: 'operations' });
    test('cannot change it', async ({ page }) => {
      await page.goto('/settings/general');
      await expect(page.getByRole('form', { name: 'Display time zone' })).toHaveCount(0);
    });
  });
});
