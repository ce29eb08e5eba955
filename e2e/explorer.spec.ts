import { authFile, expect, test } from './fixtures';
import { hydrated } from './pages/hydration';
import { createSandboxClient } from './support/sandbox-client';

test.describe('API connection and explorer', () => {
  test.use({ role: 'owner' });

  test('shows the connection with the key masked and tests it', async ({ page, axe }) => {
    await page.goto('/settings/api');
    await expect(page.getByRole('heading', { level: 1, name: 'API connection' })).toBeVisible();
    await expect(page.getByText('Sandbox', { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/ending in/)).toBeAttached();
    const test = page.getByRole('button', { name: 'Test connection' });
    await hydrated(test);
    await test.click();
    await expect(page.getByText(/^Connected: \d+ DID regions in \d+ ms\.$/)).toBeVisible({ timeout: 15_000 });
    // The call just made is in the measurements (written to the database before the page reads).
    await page.reload();
    await expect(page.getByRole('region', { name: 'Upstream latency, last hour' })).toContainText('DID Numbers');
    await axe();
  });

  test('calls did_regions and search_dids and shows the responses', async ({ page }) => {
    const client = await createSandboxClient({ name: 'Explorer Test' });
    await page.goto('/settings/api');
    await page.getByLabel('Endpoint (53)').selectOption('did_regions');
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page).toHaveURL(/endpoint=did_regions/);
    const call = page.getByRole('button', { name: 'Call did_regions' });
    await hydrated(call);
    await call.click();
    const response = page.getByRole('region', { name: 'Response', exact: true });
    await expect(response).toContainText('Response: success · status 200');
    await expect(response).toContainText('"name"');

    await page.goto('/settings/api?endpoint=search_dids');
    const form = page.getByRole('form', { name: 'Call search_dids' });
    await hydrated(form);
    // Required fields are checked before anything is sent upstream.
    await form.getByRole('button', { name: 'Call search_dids' }).click();
    await expect(form.getByRole('alert')).toHaveText('Check the highlighted fields.');
    await form.getByLabel('client_id (required)').fill(client.clientId);
    await form.getByLabel('country_code (required)').fill('+91');
    await form.getByRole('button', { name: 'Call search_dids' }).click();
    await expect(response).toContainText('Response: success · status 200');
    await expect(response).toContainText('"number"');
  });

  test('the OpenAPI document lists 53 operations, for the owner only', async ({ page, browser }, testInfo) => {
    const res = await page.request.get('/settings/api/openapi.json');
    expect(res.status()).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.values(doc.paths).flatMap((p) => Object.keys(p))).toHaveLength(53);

    const admin = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      storageState: authFile('admin'),
    });
    try {
      expect((await admin.request.get('/settings/api/openapi.json')).status()).toBe(403);
    } finally {
      await admin.close();
    }
  });
});
