import type { Page } from '@playwright/test';

/** Settings → Brand: the form, its live preview and the restore-defaults form. */
export function brandSettings(page: Page) {
  const form = page.getByRole('form', { name: 'Brand settings' });
  const preview = page.getByRole('region', { name: 'Preview' });
  const self = {
    page,
    form,
    preview,
    name: form.getByLabel('Reseller name'),
    hex: form.getByLabel('Hex code'),
    logo: form.getByLabel('Logo', { exact: true }),
    supportEmail: form.getByLabel('Support email'),
    termsUrl: form.getByLabel('Terms of service URL'),
    save: form.getByRole('button', { name: 'Save brand' }),
    alert: form.getByRole('alert'),
    previewButton: preview.getByTestId('preview-button'),
    previewHeader: preview.getByTestId('preview-header'),
    async goto() {
      await page.goto('/settings/brand');
      return self;
    },
    /** Back to the default brand (confirming the browser dialog). */
    async restoreDefaults() {
      await page.goto('/settings/brand');
      page.once('dialog', (d) => d.accept());
      const reset = page.getByRole('form', { name: 'Restore default brand' });
      await reset.getByRole('button', { name: 'Restore defaults' }).click();
      await reset.getByText('Brand reset to the defaults.').waitFor();
    },
  };
  return self;
}

export type BrandSettings = ReturnType<typeof brandSettings>;
