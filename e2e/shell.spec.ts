import { DEMO_USERS, expect, test } from './fixtures';
import { AREAS } from './pages/shell';

test.describe('console shell', () => {
  test.use({ role: 'owner' });

  test('the navigation names every area and each one opens', async ({ page, shell }) => {
    await page.goto('/dashboard');
    for (const area of AREAS) await expect(shell.navLink(area)).toBeVisible();
    await expect(shell.nav.getByRole('link')).toHaveText([...AREAS]);

    await shell.navLink('Wallet').click();
    await expect(page).toHaveURL(/\/wallet$/);
    await expect(shell.navLink('Wallet')).toHaveAttribute('aria-current', 'page');
    await expect(shell.heading).toBeVisible();
  });

  test('the header shows the brand, the Sandbox badge and who is signed in', async ({ page, shell }) => {
    await page.goto('/dashboard');
    await expect(shell.sandboxBadge).toBeVisible();
    await expect(shell.header.getByText(DEMO_USERS.owner.label, { exact: true })).toBeVisible();
    await expect(shell.signOut).toBeVisible();
    await expect(shell.themeToggle).toBeVisible();
  });

  test('signed-in pages are not cached', async ({ page }) => {
    const res = await page.goto('/dashboard');
    expect(res?.headers()['cache-control']).toContain('no-store');
  });

  test('the theme toggle switches dark mode and remembers it', async ({ page, shell }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/dashboard');
    const html = page.locator('html');
    await expect(html).not.toHaveClass(/\bdark\b/);
    await shell.toggleTheme();
    await expect(html).toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(html).toHaveClass(/\bdark\b/);
    await shell.toggleTheme();
    await expect(html).not.toHaveClass(/\bdark\b/);
  });

  test('keyboard: Tab reaches the skip link first, its focus is visible, and it moves to the content', async ({
    page,
    shell,
  }) => {
    await page.goto('/dashboard');
    await page.keyboard.press('Tab');
    await expect(shell.skipLink).toBeFocused();
    await expect(shell.skipLink).toBeVisible();
    expect(await focusIndicator(page), 'the focused skip link shows an outline or ring').toBe(true);

    // Onwards through the header and navigation, focus stays visible.
    for (let i = 2; i <= 5; i++) {
      await page.keyboard.press('Tab');
      expect(await focusIndicator(page), `focus indicator after ${i} tabs`).toBe(true);
    }

    await page.reload();
    await page.keyboard.press('Tab');
    await expect(shell.skipLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shell.main).toBeFocused();
  });

  test.describe('at 375 px', () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test('the navigation opens from the Menu button and nothing scrolls sideways', async ({ page, shell }) => {
      await page.goto('/dashboard');
      await expect(shell.menuButton).toBeVisible();
      await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');
      await expect(shell.nav).toBeHidden();
      expect(await horizontalOverflow(page)).toBe(0);

      await shell.openMenu();
      for (const area of AREAS) await expect(shell.navLink(area)).toBeVisible();
      expect(await horizontalOverflow(page)).toBe(0);

      await shell.navLink('Settings').click();
      await expect(page).toHaveURL(/\/settings$/);
      await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');
      expect(await horizontalOverflow(page)).toBe(0);
    });

    test('no area of the console scrolls sideways', async ({ page, shell }) => {
      test.slow(); // a dozen pages
      await page.goto('/dashboard');
      // The menu is closed (display: none), so read the links from the DOM rather than by role.
      const hrefs = await page
        .locator('nav[aria-label="Main"] a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs).toHaveLength(AREAS.length);
      const overflowing: string[] = [];
      for (const href of hrefs) {
        await page.goto(href);
        await expect(shell.heading).toBeVisible();
        const px = await horizontalOverflow(page);
        if (px > 0) overflowing.push(`${href} (${px}px: ${await widestElement(page)})`);
      }
      expect(overflowing, 'pages wider than 375 px').toEqual([]);
    });
  });
});

test.describe('accessibility (axe: no serious or critical violations)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`/sign-in in ${scheme} mode`, async ({ page, axe }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/sign-in');
      await expectScheme(page, scheme);
      await axe();
    });

    test(`/sign-in with an error shown, in ${scheme} mode`, async ({ page, axe, signIn }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await signIn.goto();
      await signIn.submit.click();
      await expect(signIn.email).toHaveAttribute('aria-invalid', 'true');
      await axe();
    });

    test.describe(() => {
      test.use({ role: 'owner' });
      test(`/dashboard in ${scheme} mode`, async ({ page, axe }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto('/dashboard');
        await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
        await expectScheme(page, scheme);
        await axe();
      });
    });
  }
});

async function expectScheme(page: import('@playwright/test').Page, scheme: 'light' | 'dark') {
  const html = page.locator('html');
  if (scheme === 'dark') await expect(html).toHaveClass(/\bdark\b/);
  else await expect(html).not.toHaveClass(/\bdark\b/);
}

/** How far the page is wider than the viewport (0 = no horizontal scroll). */
function horizontalOverflow(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/** Whether the focused element draws an outline or a ring (box-shadow) around itself. */
function focusIndicator(page: import('@playwright/test').Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0;
    return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
  });
}

/** The element that sticks out furthest to the right, to name in a failure. */
function widestElement(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(() => {
    let worst: Element | null = null;
    let right = window.innerWidth;
    for (const el of document.querySelectorAll('main *')) {
      const r = el.getBoundingClientRect().right;
      if (r > right + 0.5 && !worst?.contains(el)) {
        worst = el;
        right = r;
      }
    }
    return worst ? `<${worst.tagName.toLowerCase()} class="${worst.getAttribute('class') ?? ''}">` : 'unknown';
  });
}
