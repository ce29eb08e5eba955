import { expect, test } from './fixtures';
import { createSandboxClient } from './support/sandbox-client';

/**
 * The end-client workspace (/account…) as the demo end-client: its own navigation, the shared
 * client pages served under /account with the client id from the session, no top-up, and the
 * console (and another client's pages) out of reach whatever id is typed.
 */
test.describe('end-client workspace', () => {
  test.use({ role: 'client' });

  test('navigates its own areas; the wallet has no top-up; reads are its own', async ({ page, axe }) => {
    await page.goto('/account');
    const nav = page.getByRole('navigation', { name: 'Your account' });
    for (const area of [
      'Numbers',
      'Agents',
      'Call flows',
      'Voice bots',
      'WhatsApp',
      'Wallet',
      'Number masking',
      'Users',
    ])
      await expect(nav.getByRole('link', { name: area, exact: true })).toBeVisible();

    await nav.getByRole('link', { name: 'Numbers', exact: true }).click();
    await expect(page).toHaveURL(/\/account\/numbers$/);
    await expect(page.getByRole('heading', { name: /^Numbers \(\d+\)$/ })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Numbers', exact: true })).toHaveAttribute('aria-current', 'page');
    await axe();

    await nav.getByRole('link', { name: 'Wallet', exact: true }).click();
    await expect(page).toHaveURL(/\/account\/wallet$/);
    await expect(page.getByText(/To add credits or extend your validity, ask /)).toBeVisible();
    await expect(page.getByRole('button', { name: /Add credits/ })).toHaveCount(0);

    await nav.getByRole('link', { name: 'Agents', exact: true }).click();
    await expect(page).toHaveURL(/\/account\/agents$/);
    // The client role manages its own agents.
    await expect(page.getByRole('button', { name: 'Add agent' }).first()).toBeVisible();
  });

  test('another client is out of reach: console URLs and forged ids lead back to its own account', async ({ page }) => {
    const other = await createSandboxClient({ name: 'Workspace other' });
    for (const path of [
      `/clients/${other.clientId}`,
      `/clients/${other.clientId}/numbers`,
      `/clients/${other.clientId}/wallet`,
    ]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByText(other.name)).toHaveCount(0);
    }
    // A route handler named with the other client's id answers 403, not its data.
    const res = await page.request.get(`/api/agents/live?client_id=${encodeURIComponent(other.clientId)}`);
    expect([401, 403]).toContain(res.status());
    expect(await res.text()).not.toContain(other.name);
  });
});
