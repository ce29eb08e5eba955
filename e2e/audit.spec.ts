import { expect, test } from './fixtures';
import { hydrated } from './pages/hydration';
import { createSandboxClient } from './support/sandbox-client';

/**
 * Issue 13 item 5 and issue 14 items 10 and 11: the audit log viewer, plain-language labels,
 * and the reason behind a client's status on its page. The test makes its own client and
 * deactivates it through the portal (that is the audited change under test).
 */
test.describe('audit log and status reasons', () => {
  test.use({ role: 'owner' });

  test('a status change: reason and who on the client page, its audit trail, the viewer, the CSV', async ({
    page,
    request,
    axe,
  }) => {
    test.setTimeout(120_000);
    const c = await createSandboxClient({ name: 'Audited' });
    const reason = `Unpaid invoice ${Date.now()}`;

    await page.goto(`/clients/${c.clientId}`);
    const open = page.getByRole('button', { name: 'Deactivate client' });
    await hydrated(open);
    await open.click();
    await page.getByRole('dialog').getByLabel('Reason').fill(reason);
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Deactivate/ })
      .click();
    const note = page.getByTestId('status-reason');
    await expect(note).toContainText(reason, { timeout: 30_000 });
    await expect(note).toContainText('Deactivated by owner@demo.test');
    // Times carry their zone (the display zone, India by default).
    await expect(note).toContainText(/\d{2}:\d{2} (IST|UTC|GMT[+-]\d+)/);

    const trail = page.getByRole('region', { name: "This client's audit trail" });
    await expect(trail).toContainText("Changed a client's status");
    await expect(trail).toContainText(reason);

    // The viewer: filters live in the URL; labels in plain words with the code beside them.
    await page.goto(`/audit?client=${c.clientId}&action=clients.update-status&outcome=ok`);
    const table = page.getByRole('table');
    await expect(table.getByRole('row').filter({ hasText: reason })).toHaveCount(1);
    await expect(table).toContainText("Changed a client's status");
    await expect(table).toContainText('clients.update-status');
    // The input is a key/value list, not raw JSON.
    await expect(table).not.toContainText('{"');
    await expect(table.locator('dt').filter({ hasText: 'reason' }).first()).toBeVisible();
    await axe();

    await page.goto(`/audit?client=${c.clientId}&outcome=denied`);
    await expect(page.getByText('No entries match.')).toBeVisible();

    const csv = await request.get(`/audit/export?client=${c.clientId}&action=clients.update-status`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const body = await csv.text();
    expect(body.split('\r\n')[0]).toContain('time_utc,action,action_label');
    expect(body).toContain(reason);
    expect(body.trim().split('\r\n')).toHaveLength(2);
  });

  test('phone width: the audit table stacks and axe finds no unreachable scrolling region', async ({ page, axe }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await axe();
  });

  test('recent activity on the dashboard speaks plain words', async ({ page }) => {
    await page.goto('/dashboard');
    const recent = page.getByRole('heading', { name: 'Recent activity' }).locator('..');
    await expect(recent).toBeVisible();
    // No raw codes such as "clients.update-status" as the visible text.
    const text = await recent.innerText();
    expect(text).not.toMatch(/\b[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)+\b/);
  });

  test.describe('a billing user', () => {
    test.use({ role: 'billing' });
    test('cannot read the audit log or download it', async ({ page, request }) => {
      const res = await request.get('/audit/export');
      expect(res.status()).toBe(403);
      await page.goto('/audit');
      await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toHaveCount(0);
    });
  });
});
