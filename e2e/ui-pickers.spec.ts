import { expect, test, unique } from './fixtures';
import { jumpToClient } from './pages/clients-page';
import { hydrated } from './pages/hydration';
import { createSandboxClient, type NewClient } from './support/sandbox-client';

// Ten clients of this run that share a name (the factory appends a tag): more than a picker lists.
const SHARED = unique('Kapoor Traders').replace(/-/g, ' ');
let made: NewClient[] = [];

test.describe('pickers say how many match and tell same-named clients apart (issue 14 #8)', () => {
  test.use({ role: 'owner' });
  test.describe.configure({ mode: 'serial' });
  test.slow();

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    made = [];
    for (let i = 0; i < 10; i++) made.push(await createSandboxClient({ name: SHARED }));
  });

  test('the ⌘K palette: "Showing 8 of 10", a second line with email and id, a link to all of them', async ({
    page,
    axe,
  }) => {
    await page.goto('/dashboard');
    const jump = jumpToClient(page);
    await hydrated(jump.button);
    await jump.button.click();
    await expect(jump.input).toBeFocused();
    // The clients mirror refreshes within seconds of a change upstream: type again until it has.
    await expect(async () => {
      await jump.input.fill('');
      await jump.input.fill(SHARED);
      await expect(jump.status).toContainText('Showing 8 of 10 — refine your search', { timeout: 3_000 });
    }).toPass({ timeout: 45_000 });
    await expect(jump.options).toHaveCount(8);
    const first = jump.options.first();
    await expect(first).toContainText(SHARED);
    await expect(first).toContainText(/e2e-[a-z0-9]+@client\.test/);
    await expect(first).toContainText(/CL[A-Z0-9]+/);
    await expect(jump.dialog.getByRole('link', { name: 'See all 10 in the clients list' })).toBeVisible();
    await axe();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/clients\/CL/);
  });

  test('the per-area picker lists 8 with the total, a second line, and links to the paged list', async ({
    page,
    axe,
  }) => {
    await expect(async () => {
      await page.goto(`/numbers?q=${encodeURIComponent(SHARED)}`);
      await expect(page.getByRole('status')).toContainText('Showing 8 of 10 — refine your search', {
        timeout: 3_000,
      });
    }).toPass({ timeout: 45_000 });
    const list = page.getByRole('list', { name: 'Matching clients' });
    await expect(list.getByRole('listitem')).toHaveCount(8);
    // Same name, told apart by email and id.
    const emails = await list.getByText(/@client\.test/).allTextContents();
    expect(new Set(emails).size).toBe(8);
    await expect(page.getByRole('link', { name: 'See all in the clients list' })).toHaveAttribute(
      'href',
      `/clients?q=${encodeURIComponent(SHARED)}`,
    );
    await axe();
  });
});
