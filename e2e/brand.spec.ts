import { expect, test } from './fixtures';
import { brandSettings } from './pages/brand-settings';

// The brand is global: other specs see it while this file runs. One test at a time, and
// every test that saves puts the defaults back however it ends.
test.describe.configure({ mode: 'serial' });

// 1×1 PNG, and its data URL as the portal stores it.
const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PNG = Buffer.from(PNG_B64, 'base64');
const TEAL = '#0f766e';
const TEAL_RGB = 'rgb(15, 118, 110)';

test.describe('brand settings (owner)', () => {
  test.use({ role: 'owner' });

  test('name, colour and logo: previewed before saving, then on sign-in and in the console', async ({
    page,
    browser,
    shell,
    canary,
  }) => {
    const brand = await brandSettings(page).goto();
    const name = `Acme Telecom ${Date.now().toString(36)}`;
    try {
      await brand.name.fill(name);
      await brand.hex.fill(TEAL);
      await brand.logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
      // The preview follows the form before anything is saved.
      await expect(brand.previewHeader).toContainText(name);
      await expect(brand.previewButton).toHaveCSS('background-color', TEAL_RGB);
      await expect(brand.preview.getByTestId('preview-logo').first()).toBeVisible();
      await expect(brand.form.getByText(/Text on it \(white\): \d+\.\d\d:1/)).toBeVisible();
      await expect(shell.header).not.toContainText(name);

      await brand.save.click();
      await expect(brand.form.getByText('Brand saved.', { exact: false })).toBeVisible();
      await expect(shell.header).toContainText(name);
      await expect(shell.header.locator('img').first()).toHaveAttribute('src', `data:image/png;base64,${PNG_B64}`);

      // The runner's contexts inherit the test's saved session: start this one signed out.
      const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      canary.watch(visitor);
      try {
        const p = await visitor.newPage();
        await p.goto('/sign-in');
        await expect(p.getByRole('main')).toContainText(name);
        await expect(p.getByRole('main').locator('img').first()).toHaveAttribute('src', /^data:image\/png;base64,/);
        await expect(p.getByRole('button', { name: 'Sign in' })).toHaveCSS('background-color', TEAL_RGB);
        await expect(p).toHaveTitle(new RegExp(name));
      } finally {
        await visitor.close();
      }
    } finally {
      await brand.restoreDefaults();
    }
    await expect(shell.header).toContainText('Reseller Portal');
  });

  test('a colour that would vanish on the page is refused, with a message', async ({ page, shell }) => {
    const brand = await brandSettings(page).goto();
    await brand.hex.fill('#fde68a');
    await expect(brand.form.getByText(/Cannot be saved: This colour is too light/)).toBeVisible();
    await brand.save.click();
    await expect(brand.alert).toHaveText('Check the highlighted fields.');
    await expect(brand.hex).toHaveAttribute('aria-invalid', 'true');
    await expect(brand.form.locator('#f-primary_color-error')).toContainText('at least 3:1 is needed');
    // Nothing was saved, and what was typed is still there.
    await expect(brand.hex).toHaveValue('#fde68a');
    await page.reload();
    await expect(brand.hex).toHaveValue('#1d4ed8');
    await expect(shell.header).toContainText('Reseller Portal');
  });

  test('a mid-tone colour gets a readability warning, not a block', async ({ page }) => {
    const brand = await brandSettings(page).goto();
    await brand.hex.fill('#808080');
    await expect(brand.form.getByText(/Warning: Text on this colour is hard to read \(4\.4\d:1/)).toBeVisible();
    await expect(brand.form.getByText(/Cannot be saved/)).toHaveCount(0);
  });

  test('a file that is not an image is refused, whatever its name', async ({ page }) => {
    const brand = await brandSettings(page).goto();
    await brand.logo.setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('%PDF-1.7 not a picture'),
    });
    await brand.save.click();
    await expect(brand.alert).toHaveText('Check the highlighted fields.');
    await expect(brand.form.locator('#f-logo-error')).toHaveText(
      'Upload a PNG, JPEG or SVG image. This file is not one of those.',
    );
    await expect(page.getByRole('banner').locator('img')).toHaveCount(0);
  });

  test('the page passes axe', async ({ page, axe }) => {
    await brandSettings(page).goto();
    await axe();
  });
});

for (const role of ['viewer', 'operations'] as const) {
  test.describe(`brand settings (${role})`, () => {
    test.use({ role });
    test(`${role} cannot open brand settings`, async ({ page }) => {
      await page.goto('/settings/brand');
      await expect(page).toHaveURL(/\/forbidden$/);
    });
  });
}
