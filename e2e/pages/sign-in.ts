import { expect, type Page } from '@playwright/test';
import { hydrated } from './hydration';

/** The sign-in page. Errors are scoped to the form: Next's route announcer is a role=alert too. */
export function signInPage(page: Page) {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: /^Sign(ing)? in/ }) });
  const self = {
    page,
    heading: page.getByRole('heading', { level: 1, name: 'Sign in' }),
    form,
    email: form.getByLabel('Email'),
    password: form.getByLabel('Password'),
    submit: form.getByRole('button', { name: 'Sign in' }),
    alert: form.getByRole('alert'),
    async goto() {
      await page.goto('/sign-in');
      await hydrated(self.form);
      return self;
    },
    /** Fills and submits the form; does not wait for where it lands. */
    async submitCredentials(email: string, password: string) {
      await hydrated(self.form);
      await self.email.fill(email);
      await self.password.fill(password);
      await self.submit.click();
    },
    /**
     * Submits and waits until the form has taken the answer: the server action's response,
     * then React's reset of the form (which empties the password) — typing before that reset
     * would be wiped by it.
     */
    async attempt(email: string, password: string) {
      await hydrated(self.form);
      await self.email.fill(email);
      await self.password.fill(password);
      await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in'),
        self.submit.click(),
      ]);
      await expect(self.password).toHaveValue('');
      await expect(self.submit).toBeEnabled();
    },
  };
  return self;
}

export type SignInPage = ReturnType<typeof signInPage>;
