import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, test as base, expect, type Page, type Response } from '@playwright/test';
import { type ConsoleShell, consoleShell } from './pages/shell';
import { type SignInPage, signInPage } from './pages/sign-in';
import { type UsersPage, usersPage } from './pages/users';

export type Role = 'owner' | 'admin' | 'operations' | 'billing' | 'viewer' | 'client';
export const ROLES: readonly Role[] = ['owner', 'admin', 'operations', 'billing', 'viewer', 'client'];

/** The demo users the sandbox seeds at start; every one shares the owner's password. */
export const DEMO_PASSWORD = process.env.DEMO_OWNER_PASSWORD ?? 'Owner-demo-1234';
export const DEMO_USERS: Record<Role, { email: string; label: string; landing: string; heading: string }> = {
  owner: {
    email: (process.env.DEMO_OWNER_EMAIL ?? 'owner@demo.test').toLowerCase(),
    label: 'Owner',
    landing: '/dashboard',
    heading: 'Dashboard',
  },
  admin: { email: 'admin@demo.test', label: 'Admin', landing: '/dashboard', heading: 'Dashboard' },
  operations: { email: 'operations@demo.test', label: 'Operations', landing: '/dashboard', heading: 'Dashboard' },
  billing: { email: 'billing@demo.test', label: 'Billing', landing: '/dashboard', heading: 'Dashboard' },
  viewer: { email: 'viewer@demo.test', label: 'Viewer', landing: '/dashboard', heading: 'Dashboard' },
  client: { email: 'client@demo.test', label: 'Client', landing: '/account', heading: 'Your account' },
};

/**
 * Saved sessions written by the setup project (auth.setup.ts), one per role and per server
 * port: two runs against two servers (different session secrets) must not overwrite each other.
 */
export function authFile(role: Role): string {
  const port = new URL(process.env.E2E_BASE_URL ?? 'http://localhost:3100').port || '80';
  return fileURLToPath(new URL(`./.auth/${port}-${role}.json`, import.meta.url));
}

/** A value unique to this run and test, for emails and names that must not collide. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

// The partner key, and the run-wide canary secrets a user types (a bot header, a WhatsApp token):
// none may ever come back to a browser.
const CANARIES = [process.env.CANARY_PARTNER_KEY, process.env.CANARY_BOT_HEADER, process.env.CANARY_WA_TOKEN].filter(
  (v): v is string => !!v,
);
// Bodies the browser reads as text: pages, RSC payloads of client navigations, JSON, scripts.
const TEXT_TYPES = /text\/|json|javascript|x-component/;

/**
 * Records every response the browser receives in a context and, when the suite runs with a
 * canary partner key, fails the test if any of them carries it. Attached to the test's own
 * context automatically; tests that open more contexts pass them to `canary.watch`.
 */
class CanaryGuard {
  private pending: Promise<void>[] = [];
  readonly leaks: string[] = [];
  checked = 0;

  watch(context: BrowserContext): void {
    if (CANARIES.length === 0) return;
    context.on('response', (res) => this.pending.push(this.inspect(res)));
  }

  /** For bodies fetched outside a browser context (the `request` fixture). */
  check(where: string, text: string): void {
    this.checked += 1;
    if (CANARIES.some((c) => text.includes(c))) this.leaks.push(where);
  }

  private async inspect(res: Response): Promise<void> {
    const type = res.headers()['content-type'] ?? '';
    if (res.request().resourceType() !== 'document' && !TEXT_TYPES.test(type)) return;
    try {
      this.check(`${res.request().method()} ${res.url()}`, (await res.body()).toString('utf8'));
    } catch {
      // Redirects and responses of pages already closed have no body to read.
    }
  }

  async settle(): Promise<void> {
    // Responses can arrive while earlier bodies are read: drain until nothing is left.
    while (this.pending.length) await Promise.all(this.pending.splice(0));
  }
}

type AxeOptions = { /** Selectors to leave out, with a reason in the calling test. */ exclude?: string[] };

type Fixtures = {
  /** Whose saved session the test's page starts with; none (anonymous) by default. */
  role: Role | undefined;
  canary: CanaryGuard;
  /** Fails the test when a page of its context had a hydration mismatch. */
  hydration: undefined;
  /** Signs `page` (default: the test's page) in through the form and waits for the landing page. */
  signInAs: (role: Role | { email: string; password: string }, page?: Page) => Promise<void>;
  /** Fails on any serious or critical axe violation on the page as it is now. */
  axe: (page?: Page, options?: AxeOptions) => Promise<void>;
  signIn: SignInPage;
  shell: ConsoleShell;
  users: UsersPage;
};

export const test = base.extend<Fixtures>({
  role: [undefined, { option: true }],
  storageState: async ({ role }, use) => {
    await use(role ? authFile(role) : undefined);
  },

  canary: [
    async ({ context }, use) => {
      const guard = new CanaryGuard();
      guard.watch(context);
      await use(guard);
      await guard.settle();
      expect(guard.leaks, `the partner key (CANARY_PARTNER_KEY) appeared in these responses`).toEqual([]);
    },
    { auto: true },
  ],

  // A hydration mismatch makes React throw the server's HTML away and render again in the
  // browser: the page looks right but its first elements are replaced, typing can be lost, and
  // the mismatch is a real defect (server and browser disagree). Any one fails the test.
  hydration: [
    async ({ context }, use) => {
      const errors: string[] = [];
      const attach = (p: Page) =>
        p.on('pageerror', (e) => {
          if (/Minified React error #(418|423|425)\b|Hydration failed/.test(e.message)) {
            errors.push(`${p.url()}: ${e.message.slice(0, 160)}`);
          }
        });
      for (const p of context.pages()) attach(p);
      context.on('page', attach);
      await use(undefined);
      expect(errors, 'hydration mismatches (React #418/#423/#425) on these pages').toEqual([]);
    },
    { auto: true },
  ],

  signInAs: async ({ page }, use) => {
    await use(async (who, target = page) => {
      const creds = typeof who === 'string' ? { email: DEMO_USERS[who].email, password: DEMO_PASSWORD } : who;
      const form = signInPage(target);
      await form.goto();
      await form.submitCredentials(creds.email, creds.password);
      await target.waitForURL((url) => url.pathname !== '/sign-in');
      if (typeof who === 'string') {
        await expect(target).toHaveURL(new RegExp(`${DEMO_USERS[who].landing}$`));
        await expect(target.getByRole('heading', { level: 1, name: DEMO_USERS[who].heading })).toBeVisible();
      }
    });
  },

  axe: async ({ page }, use, testInfo) => {
    await use(async (target = page, options = {}) => {
      let builder = new AxeBuilder({ page: target }).withTags([
        'wcag2a',
        'wcag2aa',
        'wcag21a',
        'wcag21aa',
        'wcag22aa',
        'best-practice',
      ]);
      for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
      const results = await builder.analyze();
      await testInfo.attach(`axe ${new URL(target.url()).pathname}`, {
        body: JSON.stringify(results.violations, null, 2),
        contentType: 'application/json',
      });
      const blocking = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(blocking, `serious or critical accessibility violations on ${target.url()}`).toEqual([]);
    });
  },

  signIn: async ({ page }, use) => use(signInPage(page)),
  shell: async ({ page }, use) => use(consoleShell(page)),
  users: async ({ page }, use) => use(usersPage(page)),
});

export { expect };
