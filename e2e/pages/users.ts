import { type Browser, expect, type Page } from '@playwright/test';
import { hydrated } from './hydration';

export type NewUser = { name: string; email: string; role: string; password: string };

/** The accept-invite / new-password page a one-time link opens (/invite/<token>). */
export function acceptPage(page: Page) {
  const form = page.locator('form').filter({ has: page.getByLabel('Repeat the password') });
  const self = {
    form,
    name: form.getByLabel('Your name'),
    password: form.getByLabel('New password'),
    confirm: form.getByLabel('Repeat the password'),
    submit: form.getByRole('button', { name: /Create my account|Save password/ }),
    async open(url: string) {
      await page.goto(new URL(url).pathname);
      await hydrated(self.form);
      return self;
    },
    async complete(opts: { name?: string; password: string }) {
      if (opts.name !== undefined) await self.name.fill(opts.name);
      await self.password.fill(opts.password);
      await self.confirm.fill(opts.password);
      await self.submit.click();
    },
  };
  return self;
}

/** Settings → Users (owner; admin for non-owners): invite form, open invites, users table. */
export function usersPage(page: Page) {
  const form = page.getByRole('form', { name: 'Invite user' });
  const table = page.getByRole('region', { name: 'Users' }).getByRole('table');
  const self = {
    page,
    form,
    table,
    email: form.getByLabel('Email'),
    role: form.getByLabel('Role'),
    submit: form.getByRole('button', { name: 'Send invitation' }),
    row: (email: string) => table.getByRole('row').filter({ hasText: email }),
    // The role's combobox by role: a label match would also find the "Save role of …" button.
    roleSelect: (email: string) => table.getByRole('combobox', { name: `Role of ${email}`, exact: true }),
    saveRole: (email: string) => table.getByRole('button', { name: `Save role of ${email}` }),
    disableButton: (email: string) => table.getByRole('button', { name: `Disable ${email}` }),
    enableButton: (email: string) => table.getByRole('button', { name: `Enable ${email}` }),
    resetButton: (email: string) => table.getByRole('button', { name: `Reset password of ${email}` }),
    async goto() {
      await page.goto('/settings/users');
      await hydrated(self.form);
      return self;
    },
    /** Sends an invitation and returns the one-time link the page shows. */
    async invite(email: string, roleLabel: string): Promise<string> {
      await self.email.fill(email);
      await self.role.selectOption({ label: roleLabel });
      await self.submit.click();
      const link = page.getByRole('textbox', { name: `Invitation link for ${email}` });
      await expect(link).toBeVisible();
      return link.inputValue();
    },
    async changeRole(email: string, roleLabel: string) {
      await self.roleSelect(email).selectOption({ label: roleLabel });
      await self.saveRole(email).click();
    },
    /**
     * Adds a user the way people join: invite, then accept in a browser of their own (which
     * signs them in there; that browser is closed again).
     */
    async addUser(user: NewUser, browser?: Browser) {
      await self.goto();
      const url = await self.invite(user.email, user.role);
      const b = browser ?? page.context().browser();
      if (!b) throw new Error('addUser needs a browser');
      const theirs = await b.newContext({ baseURL: new URL(page.url()).origin, storageState: undefined });
      try {
        const p = await theirs.newPage();
        const accept = await acceptPage(p).open(url);
        await accept.complete({ name: user.name, password: user.password });
        await p.waitForURL((u) => !u.pathname.startsWith('/invite'));
      } finally {
        await theirs.close();
      }
      await page.reload();
      await self.row(user.email).waitFor();
    },
  };
  return self;
}

export type UsersPage = ReturnType<typeof usersPage>;
