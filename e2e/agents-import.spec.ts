import { expect, test } from './fixtures';
import { agentsCsv, agentsPage } from './pages/agents-page';
import { hydrated } from './pages/hydration';
import { createSandboxClient } from './support/sandbox-client';

test.use({ role: 'owner' });

test('import 50 agents with 3 bad rows, then the same file again creates nobody', async ({ page }) => {
  test.setTimeout(180_000);
  const client = await createSandboxClient({ name: 'Agents import' });
  const tag = Math.random().toString(36).slice(2, 8);
  // Rows 10, 20 and 30: a bad email, a bad phone, an email already on row 1.
  const csv = Buffer.from(agentsCsv(tag, 50, [10, 20, 30]));
  const agents = agentsPage(page, client.clientId);

  const importFile = async () => {
    await page.goto(`${agents.base}/import`);
    const input = page.getByLabel('CSV file');
    await hydrated(input);
    await input.setInputFiles({ name: 'agents.csv', mimeType: 'text/csv', buffer: csv });
  };

  await importFile();
  await expect(page.getByText('50 rows: 47 ready, 0 already agents, 3 with problems.')).toBeVisible({
    timeout: 30_000,
  });
  const preview = page.getByRole('region', { name: 'Rows to import', exact: true }).getByRole('table');
  await expect(preview.getByRole('row').filter({ hasText: 'not-an-email' })).toContainText('Email');
  await page.getByRole('button', { name: 'Import 47 agents' }).click();
  const status = page.getByRole('status').filter({ hasText: 'created' });
  await expect(status).toHaveText(/47 created, 0 already agents \(skipped\), 3 not imported\./, { timeout: 120_000 });
  const report = page.getByRole('list', { name: 'Rows not imported' }).getByRole('listitem');
  await expect(report).toHaveCount(3);
  await expect(report.nth(0)).toContainText('Line 11');
  await expect(report.nth(1)).toContainText('Line 21');
  await expect(report.nth(2)).toContainText('Line 31');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the error report (CSV)' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(text).toString('utf8').trim().split('\n')).toHaveLength(4);

  await agents.goto();
  await expect(page.getByRole('heading', { name: 'Agents (47)' })).toBeVisible();

  // The same file again: every good row is matched by email, so nobody is created twice.
  await importFile();
  await expect(page.getByText('50 rows: 0 ready, 47 already agents, 3 with problems.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await agents.goto();
  await expect(page.getByRole('heading', { name: 'Agents (47)' })).toBeVisible();
});
