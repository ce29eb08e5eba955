import { DEMO_PASSWORD, DEMO_USERS, expect, ROLES, test, unique } from './fixtures';
import { signInPage } from './pages/sign-in';

test.describe('sign-in', () => {
  for (const role of ROLES) {
    test(`${role} signs in and lands on ${DEMO_USERS[role].landing}`, async ({ page, signInAs }) => {
      await signInAs(role);
      if (role !== 'client') {
        const header = page.getByRole('banner');
        await expect(header.getByText(DEMO_USERS[role].label, { exact: true })).toBeVisible();
      }
    });
  }

  test('wrong password shows the neutral message and keeps the typed email', async ({ page, signIn }) => {
    await signIn.goto();
    await signIn.submitCredentials(DEMO_USERS.viewer.email, 'not-the-password');
    await expect(signIn.alert).toHaveText('That email and password do not match an account.');
    await expect(signIn.email).toHaveValue(DEMO_USERS.viewer.email);
    await expect(signIn.password).toHaveValue('');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('an unknown email gets the same answer as a wrong password', async ({ signIn }) => {
    const email = `${unique('nobody')}@demo.test`;
    await signIn.goto();
    await signIn.submitCredentials(email, DEMO_PASSWORD);
    await expect(signIn.alert).toHaveText('That email and password do not match an account.');
    await expect(signIn.email).toHaveValue(email);
  });

  test('empty fields get a message per field', async ({ signIn }) => {
    await signIn.goto();
    await signIn.submit.click();
    await expect(signIn.email).toHaveAttribute('aria-invalid', 'true');
    await expect(signIn.password).toHaveAttribute('aria-invalid', 'true');
  });

  test('signing in again from /sign-in goes home when a session exists', async ({ page, signInAs }) => {
    await signInAs('viewer');
    await page.goto('/sign-in');
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});

test.describe('sign-out', () => {
  test('signs out and the console is closed again', async ({ page, signInAs, shell }) => {
    await signInAs('operations');
    await shell.signOut.click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe('anonymous visitors', () => {
  for (const path of ['/dashboard', '/clients', '/settings/users', '/account']) {
    test(`a visit to ${path} goes to sign-in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in/);
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    });
  }

  test('after signing in, the page asked for is shown', async ({ page, signIn }) => {
    await page.goto('/clients');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fclients/);
    await signIn.submitCredentials(DEMO_USERS.admin.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/clients$/);
  });
});

test.describe('roles', () => {
  test.describe('client user', () => {
    test.use({ role: 'client' });
    test('cannot open the staff console', async ({ page }) => {
      await page.goto('/dashboard');
      await expect(page).not.toHaveURL(/\/dashboard$/);
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    });
  });

  test.describe('viewer', () => {
    test.use({ role: 'viewer' });
    test('cannot open Settings → Users', async ({ page }) => {
      await page.goto('/settings/users');
      await expect(page.getByRole('form', { name: 'Add user' })).toHaveCount(0);
    });
  });
});

test.describe('a disabled user', () => {
  test.use({ role: 'owner' });

  test('is thrown out at the next request', async ({ browser, canary, users, signInAs }, testInfo) => {
    // Three password hashes (create, sign in, refused sign-in) and two browsers: under a busy CPU
    // that is more than the default 30 s, without anything being wrong.
    test.setTimeout(90_000);
    const email = `${unique('disabled')}@demo.test`.toLowerCase();
    const password = `Temp-${unique('pw')}`;
    await users.goto();
    await users.addUser({ name: 'Disabled Later', email, role: 'Viewer', password });

    // The new user signs in in a browser of their own.
    const theirs = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: undefined });
    canary.watch(theirs);
    try {
      const page = await theirs.newPage();
      await signInAs({ email, password }, page);
      await expect(page).toHaveURL(/\/dashboard$/);

      await users.disableButton(email).click();
      await expect(users.enableButton(email)).toBeVisible();
      await expect(users.row(email).getByText('Disabled', { exact: true })).toBeVisible();

      // Their session cookie is still there, but the user row says no.
      await page.goto('/clients');
      await expect(page).toHaveURL(/\/sign-in/);
      // And they cannot sign in again: the same answer as a wrong password, no account probing.
      const form = signInPage(page);
      await form.submitCredentials(email, password);
      await expect(form.alert).toHaveText('That email and password do not match an account.');
    } finally {
      await theirs.close();
    }
  });
});
