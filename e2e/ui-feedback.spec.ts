import { expect, test } from './fixtures';
import { clientPage } from './pages/clients-page';
import { sandbox } from './pages/numbers-page';
import { createSandboxClient } from './support/sandbox-client';

test.describe('loading feedback (issue 14 #6)', () => {
  test.use({ role: 'owner' });
  test.slow();

  for (const motion of ['no-preference', 'reduce'] as const) {
    test(`a slow navigation shows the top progress bar (reduced motion: ${motion})`, async ({ page, shell }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto('/dashboard');
      await expect(shell.heading).toBeVisible();
      // Hold the clients page's server response (not prefetches) until the test has looked.
      let release = () => {};
      const held = new Promise<void>((r) => {
        release = r;
      });
      await page.route(/\/clients(\?|$)/, async (route) => {
        const h = route.request().headers();
        if (h.rsc && !h['next-router-prefetch']) await held;
        await route.continue();
      });
      await shell.navLink('Clients').click();
      await expect(shell.progress).toBeVisible();
      const animation = await shell.progress.evaluate((el) => getComputedStyle(el).animationName);
      // Growing bar normally; a still one for people who ask for reduced motion.
      if (motion === 'reduce') expect(animation).not.toBe('top-progress');
      else expect(animation).toBe('top-progress');
      release();
      await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible({ timeout: 30_000 });
      await expect(shell.progress).toBeHidden();
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    });
  }

  test('an area streams its skeleton first (loading.tsx), with a status for screen readers', async ({ page }) => {
    const streamsSkeleton = async (path: string, label: string) => {
      const html = await (await page.request.get(path)).text();
      expect(html, path).toMatch(/role="status" aria-live="polite" aria-busy="true"/);
      expect(html.replace(/<!-- -->/g, '').replace(/&#x27;|&#39;/g, "'"), path).toContain(`Loading ${label}…`);
    };
    await streamsSkeleton('/clients', 'clients');
    await streamsSkeleton('/onboarding', 'onboarding');

    // A client's area: its layout (outside the skeleton) reads the client upstream while the page
    // reads its numbers, and the skeleton reaches the HTML only when the page's reads are the
    // slower ones, which on a fresh client they may not be. Slow the page's read so they are; a
    // test running beside this one may take the one-shot delay, so arm it again then.
    const { clientId } = await createSandboxClient({ name: 'Skeleton' });
    const sbx = sandbox(page.request);
    await expect(async () => {
      await sbx.armFault(clientId, { endpoint: 'client_dids', kind: 'latency', ms: 2_000, times: 1 });
      await streamsSkeleton(`/clients/${clientId}/numbers`, "this client's numbers");
    }).toPass({ timeout: 40_000 });
  });
});

test.describe('not-found pages name what was not found (issue 14 #7)', () => {
  test.use({ role: 'owner' });
  test.slow();

  test('an unknown number of a known client says "Number not found" and links to its numbers', async ({
    page,
    axe,
  }) => {
    const known = await createSandboxClient({ name: 'Known Client' });
    await page.goto(`/clients/${known.clientId}/numbers/999999999`);
    // The client's page streams; the number's lookup comes after (slow on a loaded machine).
    await expect(page.getByRole('heading', { level: 2, name: 'Number not found' })).toBeVisible({ timeout: 45_000 });
    await expect(page.getByRole('heading', { name: 'Client not found' })).toHaveCount(0);
    // The client is known: its name stays the page's heading.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(known.name);
    await expect(page.getByRole('link', { name: "Back to this client's numbers" })).toHaveAttribute(
      'href',
      `/clients/${known.clientId}/numbers`,
    );
    await axe();
  });

  test('an unknown registration draft says "Registration draft not found" and links to the board', async ({
    page,
    axe,
  }) => {
    await page.goto('/onboarding/no-such-draft-0000');
    await expect(page.getByRole('heading', { level: 1, name: 'Registration draft not found' })).toBeVisible();
    await expect(page.getByText('This page could not be found')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Back to pending registrations' })).toHaveAttribute(
      'href',
      '/onboarding',
    );
    await axe();
  });

  test('an unknown address says "Page not found"', async ({ page }) => {
    const res = await page.goto('/no-such-page-anywhere');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});

test.describe('toasts for completed actions', () => {
  test.use({ role: 'owner' });
  test.slow();

  test('deactivating a client toasts the outcome; a too-short reason stays an inline field error', async ({
    page,
    shell,
    axe,
  }) => {
    const own = await createSandboxClient({ name: 'Toast Check' });
    const client = clientPage(page);
    await client.goto(own.clientId);
    await expect(client.statusButton).toHaveText('Deactivate client');
    await client.statusButton.click();
    await client.reason.fill('abc');
    await client.confirm.click();
    await expect(client.dialog.getByText('Give a reason of at least 5 characters')).toBeVisible();
    await expect(shell.toasts.getByText('Client deactivated.')).toHaveCount(0);

    await client.reason.fill('Closed their account');
    await client.confirm.click();
    await expect(client.dialog).toBeHidden();
    await expect(shell.toasts.getByText('Client deactivated.')).toBeVisible({ timeout: 20_000 });
    await expect(client.statusButton).toHaveText('Activate client');
    await axe();
  });
});
