import { test } from './fixtures';
test.use({ role: 'owner', viewport: { width: 375, height: 800 } });
test('shots', async ({ page }) => {
  await page.goto('/onboarding');
  await page.screenshot({ path: '/tmp/h4b/board-375.png', fullPage: true });
  await page.goto('/settings/brand');
  await page.getByLabel('Hex code').fill('#808080');
  await page.screenshot({ path: '/tmp/h4b/brand-375.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/onboarding');
  await page.getByRole('row').filter({ hasText: 'Nair Spices' }).getByRole('button', { name: 'Send resume link' }).click();
  await page.getByText('Resume link sent').waitFor();
  await page.screenshot({ path: '/tmp/h4b/board-1280.png', fullPage: true });
  await page.goto('/settings/brand');
  await page.screenshot({ path: '/tmp/h4b/brand-1280.png', fullPage: true });
  await page.goto('/sandbox/inbox?to=nair@example.in');
  await page.screenshot({ path: '/tmp/h4b/inbox.png', fullPage: true });
});
