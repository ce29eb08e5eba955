import type { Page } from '@playwright/test';
import { hydrated } from './hydration';

export type NewUser = { name: string; email: string; role: string; password: string };

/** Settings → Users (owner only): the "Add user" form and the users table. */
export function usersPage(page: Page) {
  const form = page.getByRole('form', { name: 'Add user' });
  const table = page.getByRole('table', { name: 'Users' });
  const self = {
    page,
    form,
    table,
    name: form.getByLabel('Name'),
    email: form.getByLabel('Email'),
    role: form.getByLabel('Role'),
    password: form.getByLabel('Temporary password'),
    submit: form.getByRole('button', { name: 'Add user' }),
    row: (email: string) => table.getByRole('row').filter({ hasText: email }),
    disableButton: (email: string) => table.getByRole('button', { name: `Disable ${email}` }),
    enableButton: (email: string) => table.getByRole('button', { name: `Enable ${email}` }),
    async goto() {
      await page.goto('/settings/users');
      await hydrated(self.form);
      return self;
    },
    /** Adds a user and waits until the table lists them. */
    async addUser(user: NewUser) {
      await self.name.fill(user.name);
      await self.email.fill(user.email);
      await self.role.selectOption({ label: user.role });
      await self.password.fill(user.password);
      await self.submit.click();
      await self.row(user.email).waitFor();
    },
  };
  return self;
}

export type UsersPage = ReturnType<typeof usersPage>;
