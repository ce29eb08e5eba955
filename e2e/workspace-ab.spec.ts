import type { Browser, Page } from '@playwright/test';
import { expect, test, unique } from './fixtures';
import { hydrated } from './pages/hydration';
import { signInPage } from './pages/sign-in';
import { acceptPage } from './pages/users';
import { createSandboxClient, sandboxCall } from './support/sandbox-client';

/**
 * Issue 13's end-client journey with two clients this test creates (A and B), each with a login
 * of its own made the product's way: staff invite the client's first user from the client's
 * page, the invitee chooses their own password from the one-time link. A then works in its
 * workspace (its numbers and wallet, adds an agent, cannot top up, sees the low-balance banner);
 * B's ids forged into URLs and into an action's input get nothing.
 */
test.use({ role: 'owner' });

/** Staff invite the client's first user; the invitee accepts in a browser of their own. */
async function clientLogin(staff: Page, browser: Browser, baseURL: string, clientId: string, name: string) {
  const email = `${unique('client-user')}@example.test`.toLowerCase();
  await staff.goto(`/clients/${encodeURIComponent(clientId)}`);
  const form = staff.getByRole('form', { name: 'Invite user' });
  await hydrated(form.getByRole('button', { name: 'Send invitation' }));
  await form.getByLabel('Email').fill(email);
  await form.getByRole('button', { name: 'Send invitation' }).click();
  const link = staff.getByRole('textbox', { name: `Invitation link for ${email}` });
  await expect(link).toBeVisible();
  const url = await link.inputValue();
  const context = await browser.newContext({ baseURL, storageState: undefined });
  const page = await context.newPage();
  const password = `Pw-${unique('ws')}-long`;
  const accept = await acceptPage(page).open(url);
  await accept.complete({ name, password });
  await expect(page).toHaveURL(/\/account$/);
  return { page, context, email, password };
}

test('two end-clients, each in its own workspace: A works in its own; B’s ids get nothing', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const baseURL = testInfo.project.use.baseURL ?? 'http://localhost:3100';
  // A: one number, bought with just enough credits that ₹100 are left (under any sensible
  // low-balance threshold). B: credits of its own.
  const [a, b] = await Promise.all([
    createSandboxClient({ name: 'Workspace A' }),
    createSandboxClient({ name: 'Workspace B', credits: 2000 }),
  ]);
  const offers = await sandboxCall<{ number: string; setup_cost: number }[]>('search_dids', {
    client_id: a.clientId,
    country_code: '+91',
  });
  const offer = offers.sort((x, y) => x.setup_cost - y.setup_cost)[Math.floor(Math.random() * 3)];
  const number = offer.number;
  await sandboxCall('add_client_credits', { client_id: a.clientId, credit: String(offer.setup_cost + 100) });
  await sandboxCall('buy_did', { client_id: a.clientId, number, country: 'IN' });

  // The client's page offered an invitation because the client had no users yet.
  await page.goto(`/clients/${encodeURIComponent(a.clientId)}`);
  await expect(page.getByText('No users yet: invite the client’s first user below')).toBeVisible();
  const userA = await clientLogin(page, browser, baseURL, a.clientId, 'Anita A');
  // Accepted in another browser: the staff page shows the new user once it is loaded again.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Client users' }).getByRole('table')).toContainText(userA.email);
  const userB = await clientLogin(page, browser, baseURL, b.clientId, 'Bala B');
  try {
    const ws = userA.page;
    // Its own account, with the banner that says what needs doing.
    const banner = ws.getByRole('region', { name: 'Action required' });
    await expect(banner.locator('li[data-reason="balance"]')).toContainText(
      /Your balance is ₹[\d,.]+, under ₹[\d,.]+\. Ask .+ to add credits\./,
    );
    await expect(ws.getByText(a.name).first()).toBeVisible();
    await expect(ws.getByText(b.name)).toHaveCount(0);

    // Its numbers.
    await ws.goto('/account/numbers');
    await expect(ws.getByRole('heading', { name: 'Numbers (1)' })).toBeVisible();
    await expect(ws.getByText(number).first()).toBeVisible();

    // Its wallet: no top-up, whom to ask instead.
    await ws.goto('/account/wallet');
    await expect(ws.getByText(/To add credits or extend your validity, ask /)).toBeVisible();
    await expect(ws.getByRole('button', { name: /Add credits/ })).toHaveCount(0);

    // An agent of its own.
    await ws.goto('/account/agents');
    const add = ws.getByRole('button', { name: 'Add agent' }).first();
    await hydrated(add);
    await add.click();
    const panel = ws.getByRole('dialog');
    await panel.getByLabel('Name', { exact: true }).fill('Asha Own');
    await panel.getByLabel('Email').fill(`asha-${Date.now()}@agents.test`);
    await panel.getByLabel('Phone').fill('9876511111');
    await panel.getByLabel('Password', { exact: true }).fill('Agent-Own-Pass9');
    await panel.getByRole('button', { name: 'Add agent' }).click();
    await expect(ws.getByRole('region', { name: 'Agents', exact: true })).toContainText('Asha Own');

    // B's ids in URLs: console pages and route handlers give nothing of B.
    for (const path of [
      `/clients/${b.clientId}`,
      `/clients/${b.clientId}/agents`,
      `/clients/${b.clientId}/wallet`,
      `/account/agents?client_id=${b.clientId}`,
    ]) {
      await ws.goto(path);
      await expect(ws.getByText(b.name)).toHaveCount(0);
      await expect(ws.getByText('Bala B')).toHaveCount(0);
    }
    for (const api of [
      `/api/agents/live?client_id=${encodeURIComponent(b.clientId)}`,
      `/api/masking/${encodeURIComponent(b.clientId)}/sessions`,
      `/api/wallet/${encodeURIComponent(b.clientId)}/transactions.csv`,
    ]) {
      const res = await ws.request.get(api);
      expect(res.status(), api).toBeGreaterThanOrEqual(400);
      expect(await res.text()).not.toContain(b.name);
    }

    // B's id forged into an action's input (the add-agent form's hidden client_id): refused,
    // and B has no agent afterwards.
    await ws.goto('/account/agents');
    const again = ws.getByRole('button', { name: 'Add agent' }).first();
    await hydrated(again);
    await again.click();
    await panel.locator('input[name="client_id"]').evaluate((el, id) => {
      (el as HTMLInputElement).value = id;
    }, b.clientId);
    await panel.getByLabel('Name', { exact: true }).fill('Forged Agent');
    await panel.getByLabel('Email').fill(`forged-${Date.now()}@agents.test`);
    await panel.getByLabel('Phone').fill('9876522222');
    await panel.getByLabel('Password', { exact: true }).fill('Agent-Own-Pass9');
    await panel.getByRole('button', { name: 'Add agent' }).click();
    await expect(panel.getByRole('alert').first()).toBeVisible();
    const bAgents = await sandboxCall<{ name: string }[]>('get_agents_availability', { client_id: b.clientId }).catch(
      () => [],
    );
    expect(bAgents.map((x) => x.name)).not.toContain('Forged Agent');

    // B, meanwhile, sees its own account and nothing of A.
    await expect(userB.page.getByText(b.name).first()).toBeVisible();
    await expect(userB.page.getByText(a.name)).toHaveCount(0);
    await expect(userB.page.locator('li[data-reason="balance"]')).toHaveCount(0);

    // A's user sees where it is signed in and ends every session: the old cookie is useless.
    await ws.goto('/account');
    await ws
      .getByRole('navigation', { name: 'Your account' })
      .getByRole('link', { name: 'Password and sessions' })
      .click();
    await expect(ws).toHaveURL(/\/account\/security$/);
    await expect(ws.getByRole('region', { name: 'Your sessions' })).toContainText('This device');
    const everywhere = ws.getByRole('button', { name: 'Sign out everywhere' });
    await hydrated(everywhere);
    await everywhere.click();
    await expect(ws).toHaveURL(/\/sign-in/);
    await ws.goto('/account');
    await expect(ws).toHaveURL(/\/sign-in/);

    // B changes its own password: the current one is checked; then every session ends and the
    // new password is the one that works.
    const own = userB.page;
    await own.goto('/account/security');
    const change = own.getByRole('form', { name: 'Change your password' });
    await hydrated(change.getByRole('button', { name: 'Change password' }));
    const newPassword = `New-${unique('pw')}-long`;
    await change.getByLabel('Current password').fill('not-the-password');
    await change.getByLabel('New password', { exact: true }).fill(newPassword);
    await change.getByLabel('Repeat the new password').fill(newPassword);
    await change.getByRole('button', { name: 'Change password' }).click();
    await expect(change.getByText('That is not your current password.')).toBeVisible();
    await change.getByLabel('Current password').fill(userB.password);
    await change.getByLabel('New password', { exact: true }).fill(newPassword);
    await change.getByLabel('Repeat the new password').fill(newPassword);
    await change.getByRole('button', { name: 'Change password' }).click();
    await expect(own).toHaveURL(/\/sign-in\?changed=1/);
    await expect(own.getByRole('status').filter({ hasText: 'Your password was changed' })).toBeVisible();
    await own.goto('/account');
    await expect(own).toHaveURL(/\/sign-in/);
    const form = signInPage(own);
    await form.submitCredentials(userB.email, userB.password);
    await expect(form.alert).toHaveText('That email and password do not match an account.');
    await form.submitCredentials(userB.email, newPassword);
    await expect(own).toHaveURL(/\/account$/);
  } finally {
    await userA.context.close();
    await userB.context.close();
  }
});
