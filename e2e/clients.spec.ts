import { readFile } from 'node:fs/promises';
import { authFile, expect, test, unique } from './fixtures';
import { clientPage, clientsPage, jumpToClient } from './pages/clients-page';
import { createSandboxClient } from './support/sandbox-client';

// Demo tenant (lib/sandbox/seed-demo.ts): stable ids and names, only ever read here. Tests that
// change a client (or try to) make their own with createSandboxClient.
const SHARMA = { id: 'CLDEMO000001', name: 'Sharma Textiles Pvt Ltd' };
const GUPTA = { id: 'CLDEMO000002', name: 'Gupta Logistics' };

test.describe('clients (owner)', () => {
  test.use({ role: 'owner' });

  test('find a client by search and open it', async ({ page, axe }) => {
    test.slow(); // two axe scans, and the first list load may fetch every client from upstream
    const list = await clientsPage(page).goto();
    await expect(list.count).toBeVisible();
    await axe();
    await list.search.fill('sharma');
    // Typing updates the URL after a pause; the server filters.
    await expect(page).toHaveURL(/[?&]q=sharma/);
    await expect(list.rows).toHaveCount(1);
    await list.clientLink(SHARMA.name).click();

    const client = clientPage(page);
    await expect(page).toHaveURL(`/clients/${SHARMA.id}`);
    await expect(client.heading).toHaveText(SHARMA.name);
    await expect(page.getByText('accounts@sharmatextiles.in')).toBeVisible();
    await expect(page.getByText(/^₹[\d,]+\.\d{2}$/).first()).toBeVisible();
    // KYC is masked: PAN keeps 2 + 3 characters, Aadhaar only its last 4.
    await expect(page.getByText('AB•••••34F')).toBeVisible();
    await expect(page.getByText(/^•••• •••• \d{4}$/)).toBeVisible();
    await expect(client.areas.getByRole('link', { name: 'Numbers' })).toHaveAttribute(
      'href',
      `/clients/${SHARMA.id}/numbers`,
    );
    await expect(client.areas.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    await axe();
  });

  test('dark mode: the list, a client page and the status dialog pass axe', async ({ page, axe }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: 'dark' });
    await clientsPage(page).goto('?status=inactive');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await axe();
    const client = clientPage(page);
    await client.goto(SHARMA.id);
    await expect(client.heading).toHaveText(SHARMA.name);
    await axe();
    await client.statusButton.click();
    await expect(client.dialog).toBeVisible();
    await axe();
  });

  // The list streams behind a loading skeleton (issue 14 #6, issue 15 #2): its rows arrive in the
  // same response, hidden until React's inline script swaps them in. Without JavaScript the root
  // layout's <noscript> style shows the list's part instead of the skeleton (app/layout.tsx,
  // `data-noscript-reveal`), so the GET form, the rows and their links work.
  test('the search form works without JavaScript too', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: authFile('owner') });
    try {
      const page = await context.newPage();
      const list = await clientsPage(page).goto();
      await expect(page.getByRole('status').filter({ hasText: 'Loading clients' })).toBeHidden();
      await list.search.fill('gupta');
      await list.apply.click();
      await expect(page).toHaveURL(/[?&]q=gupta/);
      await expect(list.clientLink(GUPTA.name)).toBeVisible();
      await expect(list.count).toContainText('Showing 1–');
    } finally {
      await context.close();
    }
  });

  test('filters keep their state in the URL, across a reload', async ({ page }) => {
    const list = await clientsPage(page).goto();
    await list.status.selectOption('inactive');
    await list.sortBy.selectOption('balance');
    await list.order.selectOption('desc');
    await list.apply.click();
    await expect(page).toHaveURL(/status=inactive/);
    await expect(page).toHaveURL(/sort=balance/);
    await expect(page).toHaveURL(/dir=desc/);
    await page.reload();
    await expect(list.status).toHaveValue('inactive');
    await expect(list.sortBy).toHaveValue('balance');
    await expect(list.order).toHaveValue('desc');
    await expect(list.table.getByRole('columnheader', { name: /Balance/ })).toHaveAttribute('aria-sort', 'descending');
    const statuses = await list.rows.getByText(/^(Active|Inactive)$/).allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['Inactive']));

    // Bad values fall back to defaults instead of failing.
    await list.goto('?status=bogus&sort=evil&page=-4');
    await expect(list.status).toHaveValue('all');
    await expect(list.sortBy).toHaveValue('name');
  });

  test('paging keeps the filters and survives a reload', async ({ page }) => {
    const list = await clientsPage(page).goto('?status=active');
    const total = await list.total();
    test.skip(total <= 25, `needs more than 25 active clients (have ${total}): npm run sandbox:seed -- --clients 100`);
    await expect(list.rows).toHaveCount(25);
    await list.next.click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/status=active/);
    await page.reload();
    await expect(list.count).toContainText('Showing 26–');
    await expect(list.status).toHaveValue('active');
  });

  test('CSV export downloads every filtered row, not just the page', async ({ page }) => {
    const list = await clientsPage(page).goto('?q=textiles');
    const total = await list.total();
    expect(total).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), list.exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('client_id,name,email,mobile,status,balance_inr,valid_till,created_at');
    expect(lines).toHaveLength(total + 1);
    for (const line of lines.slice(1)) expect(line.toLowerCase()).toContain('textiles');
    expect(lines.some((l) => l.startsWith(`${SHARMA.id},`))).toBe(true);
  });

  test('the export route checks the session and role itself', async ({ playwright, baseURL }) => {
    // A cookie that is not a valid session gets past proxy.ts (it only looks for the cookie):
    // the route itself must refuse.
    const forged = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: 'authjs.session-token=forged' },
    });
    const res = await forged.get('/clients/export');
    expect(res.status()).toBe(401);
    expect(await res.text()).not.toContain('client_id,name');
    await forged.dispose();
    // An end-client holds clients:read for its own client only: no export of everyone.
    const client = await playwright.request.newContext({ baseURL, storageState: authFile('client') });
    expect((await client.get('/clients/export')).status()).toBe(403);
    await client.dispose();
  });

  test('deactivate and activate with a reason; the audit log keeps it', async ({ page, axe }) => {
    test.slow(); // two status changes, each followed by a fresh upstream read, plus an axe scan
    // A client of its own: status changes never touch the shared demo clients.
    const fresh = await createSandboxClient({ name: 'Status Change' });
    const client = clientPage(page);
    await client.goto(fresh.clientId);
    await expect(client.heading).toHaveText(fresh.name);
    await expect(client.statusButton).toHaveText('Deactivate client');

    await client.statusButton.click();
    await expect(client.dialog).toBeVisible();
    await expect(client.reason).toBeFocused();
    await axe();
    // Too short: the reason is required, 5–200 characters, and the typed text stays.
    await client.reason.fill('abc');
    await client.confirm.click();
    await expect(client.dialog.getByText('Give a reason of at least 5 characters')).toBeVisible();
    await expect(client.reason).toHaveValue('abc');

    const deactivateReason = unique('Unpaid invoice');
    await client.reason.fill(deactivateReason);
    await client.confirm.click();
    await expect(client.dialog).toBeHidden();
    await expect(page.getByText('Client deactivated.')).toBeVisible();
    await expect(client.statusButton).toHaveText('Activate client');
    await expect(page.getByRole('main').getByText('Inactive', { exact: true })).toBeVisible();

    // The list shows the change at once (the action re-reads the client's row of the list).
    const list = await clientsPage(page).goto(`?q=${fresh.clientId}`);
    await expect(list.rows.getByText('Inactive', { exact: true })).toBeVisible();

    const activateReason = unique('KYC re-verified');
    await client.goto(fresh.clientId);
    await client.statusButton.click();
    await client.reason.fill(activateReason);
    await client.confirm.click();
    await expect(page.getByText('Client activated.')).toBeVisible();
    await expect(client.statusButton).toHaveText('Deactivate client');

    await page.goto(`/audit?action=clients.update-status&client=${fresh.clientId}`);
    const audit = page.getByRole('table');
    await expect(audit.getByRole('row').filter({ hasText: deactivateReason })).toContainText('done');
    await expect(audit.getByRole('row').filter({ hasText: activateReason })).toContainText('done');
  });

  test('an unknown client id is a 404 page', async ({ page }) => {
    const res = await page.goto('/clients/CLNOSUCHCLIENT');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Client not found' })).toBeVisible();
  });

  test('Ctrl+K jumps to a client from anywhere in the console', async ({ page }) => {
    await page.goto('/dashboard');
    const jump = jumpToClient(page);
    await page.keyboard.press('Control+k');
    await expect(jump.dialog).toBeVisible();
    await expect(jump.input).toBeFocused();
    await jump.input.fill('gupta');
    await expect(jump.options.first()).toContainText(GUPTA.name);
    await expect(jump.input).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/clients/${GUPTA.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(GUPTA.name);

    // The header button opens it too (touch and keyboard users); Escape closes it.
    await jump.button.click();
    await expect(jump.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(jump.dialog).toBeHidden();
    await expect(jump.button).toBeFocused();
  });

  test('375 px: no horizontal page scroll (the table scrolls in its own box)', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ['/clients', `/clients/${SHARMA.id}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('clients (viewer)', () => {
  test.use({ role: 'viewer' });

  test('a viewer sees clients but cannot change a status, not even with a forged action call', async ({
    page,
    browser,
  }) => {
    // Its own client: were the action to let the forged call through, no demo client would change.
    const target = await createSandboxClient({ name: 'Forged Status' });
    const client = clientPage(page);
    await client.goto(target.clientId);
    await expect(client.heading).toHaveText(target.name);
    await expect(page.getByRole('button', { name: /(Activate|Deactivate) client/ })).toHaveCount(0);
    await expect(page.getByText("Your role cannot change a client's status.")).toBeVisible();

    // Capture the exact request an owner's browser sends (without letting it through)...
    const owner = await browser.newContext({ storageState: authFile('owner') });
    const ownerPage = await owner.newPage();
    let forged: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
    await ownerPage.route(`**/clients/${target.clientId}`, async (route) => {
      const req = route.request();
      if (req.method() !== 'POST') return route.continue();
      forged = { url: req.url(), headers: await req.allHeaders(), body: req.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
    });
    const ownerClient = clientPage(ownerPage);
    await ownerClient.goto(target.clientId);
    await ownerClient.statusButton.click();
    await ownerClient.reason.fill('Forged by a viewer in a test');
    await ownerClient.confirm.click();
    await expect.poll(() => forged !== null).toBe(true);
    await owner.close();

    // ...and replay it with the viewer's session: the action refuses it.
    const f = forged as unknown as { url: string; headers: Record<string, string>; body: Buffer };
    const { cookie: _c, 'content-length': _l, ...headers } = f.headers;
    const res = await page.request.post(f.url, { headers, data: f.body });
    expect(await res.text()).toContain('You do not have permission to do that.');
    await page.reload();
    await expect(page.getByRole('main').getByText('Active', { exact: true })).toBeVisible();
  });
});
