import { expect, type Page } from '@playwright/test';
import { hydrated } from './hydration';

/** Every area the console navigation must name, in order. */
export const AREAS = [
  'Dashboard',
  'Clients',
  'Onboarding',
  'Numbers',
  'Agents',
  'Call flows',
  'Voice bots',
  'WhatsApp',
  'Wallet',
  'Number masking',
  'Settings',
  'Audit log',
] as const;

/** The signed-in console shell: header, main navigation, skip link, theme toggle. */
export function consoleShell(page: Page) {
  const header = page.getByRole('banner');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const menuButton = page.getByRole('button', { name: 'Menu', exact: true });
  return {
    page,
    header,
    nav,
    navLink: (name: string) => nav.getByRole('link', { name, exact: true }),
    menuButton,
    /** Opens the small-screen menu; retries a click that landed before hydration. */
    async openMenu() {
      await hydrated(menuButton);
      await expect(async () => {
        if ((await menuButton.getAttribute('aria-expanded')) !== 'true') await menuButton.click();
        await expect(menuButton).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
    },
    skipLink: page.getByRole('link', { name: 'Skip to content' }),
    main: page.getByRole('main'),
    sandboxBadge: header.getByText('Sandbox', { exact: true }),
    themeToggle: page.getByRole('button', { name: 'Toggle dark mode' }),
    /** Flips the theme once React listens to the toggle. */
    async toggleTheme() {
      const toggle = page.getByRole('button', { name: 'Toggle dark mode' });
      await hydrated(toggle);
      await toggle.click();
    },
    signOut: page.getByRole('button', { name: 'Sign out' }),
    heading: page.getByRole('heading', { level: 1 }),
    /** The thin top bar shown while a page or an action is on its way. */
    progress: page.getByRole('progressbar', { name: 'Loading' }),
    /** sonner's region: toasts for completed actions. */
    toasts: page.getByRole('region', { name: /^Notifications/ }),
  };
}

export type ConsoleShell = ReturnType<typeof consoleShell>;
