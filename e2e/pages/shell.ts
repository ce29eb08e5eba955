import type { Page } from '@playwright/test';

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
  return {
    page,
    header,
    nav,
    navLink: (name: string) => nav.getByRole('link', { name, exact: true }),
    menuButton: page.getByRole('button', { name: 'Menu', exact: true }),
    skipLink: page.getByRole('link', { name: 'Skip to content' }),
    main: page.getByRole('main'),
    sandboxBadge: header.getByText('Sandbox', { exact: true }),
    themeToggle: page.getByRole('button', { name: 'Toggle dark mode' }),
    signOut: page.getByRole('button', { name: 'Sign out' }),
    heading: page.getByRole('heading', { level: 1 }),
  };
}

export type ConsoleShell = ReturnType<typeof consoleShell>;
