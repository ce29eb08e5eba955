import type { Page } from '@playwright/test';

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
      return self;
    },
    /** Fills and submits the form; does not wait for where it lands. */
    async submitCredentials(email: string, password: string) {
      await self.email.fill(email);
      await self.password.fill(password);
      await self.submit.click();
    },
  };
  return self;
}

export type SignInPage = ReturnType<typeof signInPage>;
