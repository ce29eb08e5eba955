import { expect, test, unique } from './fixtures';
import { hydrated } from './pages/hydration';
import { signInPage } from './pages/sign-in';
import { acceptPage } from './pages/users';

/**
 * Staff users: invite → accept → change role → disable, password reset, and the last-owner rule.
 * Every test invites its own people; none changes a demo user.
 */
test.describe('staff users', () => {
  test.use({ role: 'owner' });
  // Each journey hashes passwords (argon2id, 19 MiB) and drives a second browser: 10–15 s of
  // real work on an idle machine, twice that beside the rest of the suite on 2 cores.
  test.describe.configure({ timeout: 60_000 });

  test('invite, accept, change role, disable', async ({ browser, canary, users, axe }, testInfo) => {
    const email = `${unique('invitee')}@example.test`.toLowerCase();
    const password = `Pw-${unique('x')}-long`;
    await users.goto();
    await axe();
    const url = await users.invite(email, 'Operations');
    expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    await expect(users.page.getByRole('listitem').filter({ hasText: email })).toBeVisible();

    const theirs = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: undefined });
    canary.watch(theirs);
    try {
      const page = await theirs.newPage();
      const accept = await acceptPage(page).open(url);
      // Bad input keeps the name and names the field.
      await accept.complete({ name: 'Ines Invitee', password: 'short' });
      await expect(accept.form.getByText('Use at least 12 characters.')).toBeVisible();
      await expect(accept.name).toHaveValue('Ines Invitee');
      await accept.complete({ name: 'Ines Invitee', password });
      await expect(page).toHaveURL(/\/dashboard$/);

      // The link worked once.
      await page.goto(new URL(url).pathname);
      await expect(page.getByRole('heading', { name: 'This link no longer works' })).toBeVisible();

      await users.page.reload();
      await expect(users.row(email)).toContainText('Ines Invitee');
      await users.changeRole(email, 'Billing');
      await expect(users.row(email).getByText('Saved')).toBeVisible();
      await users.page.reload();
      await expect(users.roleSelect(email)).toHaveValue('billing');

      await users.disableButton(email).click();
      await expect(users.enableButton(email)).toBeVisible();
      await page.goto('/clients');
      await expect(page).toHaveURL(/\/sign-in/);
    } finally {
      await theirs.close();
    }
  });

  test('a password reset stops the old password and the link sets a new one', async ({ browser, users }, testInfo) => {
    const email = `${unique('reset')}@example.test`.toLowerCase();
    const oldPassword = `Old-${unique('pw')}-long`;
    const newPassword = `New-${unique('pw')}-long`;
    await users.addUser({ name: 'Reset Me', email, role: 'Viewer', password: oldPassword }, browser);
    await users.resetButton(email).click();
    const link = users.page.getByRole('textbox', { name: `Password link for ${email}` });
    await expect(link).toBeVisible();
    const url = await link.inputValue();

    const theirs = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: undefined });
    try {
      const page = await theirs.newPage();
      const form = signInPage(page);
      await form.goto();
      await form.submitCredentials(email, oldPassword);
      await expect(form.alert).toHaveText('That email and password do not match an account.');
      const accept = await acceptPage(page).open(url);
      await accept.complete({ password: newPassword });
      await expect(page).toHaveURL(/\/dashboard$/);
    } finally {
      await theirs.close();
    }
  });

  test('"sign out everywhere" makes an old session cookie useless at once', async ({
    browser,
    users,
    signInAs,
  }, testInfo) => {
    const email = `${unique('everywhere')}@example.test`.toLowerCase();
    const password = `Pw-${unique('e')}-long`;
    await users.addUser({ name: 'Many Devices', email, role: 'Viewer', password }, browser);
    const open = async () => {
      const ctx = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: undefined });
      const page = await ctx.newPage();
      await signInAs({ email, password }, page);
      return { ctx, page };
    };
    const [laptop, phone] = await Promise.all([open(), open()]);
    try {
      // The old cookie, copied out before the sign-out, is refused too.
      const oldCookies = await laptop.ctx.cookies();
      await phone.page.goto('/settings/account');
      // The accept page's sign-in, the laptop and the phone: three live sessions, one marked as this device.
      const sessions = phone.page.getByRole('region', { name: 'Your sessions' });
      await expect(sessions.getByRole('button', { name: /^Sign out the session from / })).toHaveCount(2);
      await expect(sessions.getByText('This device')).toBeVisible();
      const button = phone.page.getByRole('button', { name: 'Sign out everywhere' });
      await hydrated(button);
      await button.click();
      await expect(phone.page).toHaveURL(/\/sign-in/);
      await laptop.page.goto('/dashboard');
      await expect(laptop.page).toHaveURL(/\/sign-in/);
      const replay = await browser.newContext({ baseURL: testInfo.project.use.baseURL, storageState: undefined });
      try {
        await replay.addCookies(oldCookies);
        const p = await replay.newPage();
        await p.goto('/dashboard');
        await expect(p).toHaveURL(/\/sign-in/);
      } finally {
        await replay.close();
      }
    } finally {
      await laptop.ctx.close();
      await phone.ctx.close();
    }
  });

  test('the last owner cannot step down', async ({ users }) => {
    await users.goto();
    const me = users.table.getByRole('row').filter({ hasText: 'You' });
    const select = me.getByRole('combobox');
    await select.selectOption({ label: 'Admin' });
    await me.getByRole('button', { name: /^Save role of / }).click();
    await expect(me.getByRole('alert')).toHaveText('This is the last owner. Make someone else an owner first.');
    await users.page.reload();
    await expect(users.table.getByRole('row').filter({ hasText: 'You' }).getByRole('combobox')).toHaveValue('owner');
  });
});

test.describe('an admin', () => {
  test.use({ role: 'admin' });
  test('manages users but cannot invite owners or change the owner', async ({ users }) => {
    await users.goto();
    await expect(users.role.locator('option', { hasText: 'Owner' })).toHaveCount(0);
    await expect(users.row('owner@demo.test')).toContainText('Owners manage owners');
  });
});
