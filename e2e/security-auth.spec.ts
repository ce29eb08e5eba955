import { randomBytes } from 'node:crypto';
import { expect, test, unique } from './fixtures';
import { inboxHeaders } from './pages/onboarding-wizard';
import { createSandboxClient } from './support/sandbox-client';

/**
 * Regression tests for the auth defects of issue 9, at the browser / HTTP level. The e2e server
 * runs with TRUSTED_PROXY_HOPS=1 (scripts/test-all.sh): the test runner stands in for the proxy,
 * so the right-most X-Forwarded-For entry is "the client" and anything left of it is spoofable.
 */
const octet = () => 1 + Math.floor(Math.random() * 250);
const freshAddress = () => `10.${octet()}.${octet()}.${octet()}`;

test.describe('sign-in limits', () => {
  test('after a few wrong passwords the account asks for a short wait, in seconds', async ({ signIn }) => {
    const email = `${unique('backoff')}@demo.test`;
    await signIn.goto();
    for (let i = 1; i <= 5; i++) {
      await signIn.attempt(email, `wrong-password-${i}`);
      await expect(signIn.alert).toHaveText('That email and password do not match an account.');
    }
    await signIn.attempt(email, 'wrong-password-6');
    await expect(signIn.alert).toHaveText(
      /^Too many attempts for this account or from this network\. Try again in \d+ seconds?\.$/,
    );
    await expect(signIn.email).toHaveValue(email);
  });

  test('a spoofed X-Forwarded-For does not reset the per-address limit', async ({ playwright, baseURL }) => {
    const real = freshAddress();
    // Every request claims a new address on the left; only the right-most entry is trusted.
    const api = await playwright.request.newContext({ baseURL });
    const attempt = async (address: string) => {
      const csrf = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
      const res = await api.post('/api/auth/callback/credentials', {
        headers: { 'x-forwarded-for': `${freshAddress()}, ${address}`, origin: new URL(baseURL!).origin },
        form: { csrfToken: csrf.csrfToken, email: `${unique('spoof')}@demo.test`, password: 'wrong' },
        maxRedirects: 0,
      });
      return res.headers().location ?? '';
    };
    const answers: string[] = [];
    for (let i = 0; i < 51; i++) answers.push(await attempt(real));
    expect(answers.slice(0, 50).every((l) => l.includes('error=CredentialsSignin') && !l.includes('throttled'))).toBe(
      true,
    );
    expect(answers[50]).toContain('code=throttled');
    // Another client (another right-most address) is not affected.
    expect(await attempt(freshAddress())).not.toContain('throttled');
    await api.dispose();
  });
});

test.describe('sessions end at sign-out', () => {
  test('an old session cookie no longer works after signing out', async ({ browser, baseURL, signInAs }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signInAs('operations', page);
    const saved = await context.cookies();
    expect(saved.some((c) => c.name.includes('authjs.session-token'))).toBe(true);
    await page
      .getByRole('banner')
      .getByRole('button', { name: /sign out/i })
      .click();
    await expect(page).toHaveURL(/\/sign-in/);
    await context.close();

    // Someone kept a copy of the cookie: replaying it gets the sign-in page.
    const replay = await browser.newContext({ baseURL });
    await replay.addCookies(saved);
    const again = await replay.newPage();
    await again.goto('/dashboard');
    await expect(again).toHaveURL(/\/sign-in/);
    await replay.close();
  });
});

test.describe('client page metadata', () => {
  test('without a valid staff session the title names no client, and known and unknown ids look alike', async ({
    browser,
    baseURL,
  }) => {
    const client = await createSandboxClient({ name: 'Metadata Secret' });
    const unknownId = `CLNONE${randomBytes(3).toString('hex').toUpperCase()}`;
    const host = new URL(baseURL!).hostname;
    const bogus = { name: 'authjs.session-token', value: 'bogus-token', domain: host, path: '/' };

    const titleOf = async (path: string, cookies: (typeof bogus)[] = [bogus]) => {
      const ctx = await browser.newContext({ baseURL });
      await ctx.addCookies(cookies);
      const res = await ctx.request.get(path, { maxRedirects: 0 });
      const rsc = await ctx.request.get(path, { headers: { RSC: '1' }, maxRedirects: 0 });
      const bodies = `${await res.text()}\n${await rsc.text()}`;
      await ctx.close();
      return { bodies, title: /<title>([^<]*)<\/title>/.exec(bodies)?.[1] ?? '' };
    };
    const known = await titleOf(`/clients/${client.clientId}`);
    const unknown = await titleOf(`/clients/${unknownId}`);
    expect(known.bodies).not.toContain('Metadata Secret');
    expect(known.title).toBe(unknown.title);
    expect(unknown.bodies).not.toContain('Client not found');
  });

  test.describe('a client user', () => {
    test.use({ role: 'client' });
    test('gets nothing about another client', async ({ page }) => {
      const other = await createSandboxClient({ name: 'Other Tenant' });
      const res = await page.request.get(`/clients/${other.clientId}`, { maxRedirects: 0 });
      expect(await res.text()).not.toContain('Other Tenant');
      const rsc = await page.request.get(`/clients/${other.clientId}`, { headers: { RSC: '1' }, maxRedirects: 0 });
      expect(await rsc.text()).not.toContain('Other Tenant');
    });
  });
});

test.describe('sandbox inbox', () => {
  test('inbox.json answers only with the sandbox key (or to staff)', async ({ request, canary }) => {
    const anonymous = await request.get('/sandbox/inbox.json?to=x@example.in');
    expect(anonymous.status()).toBe(401);
    const keyed = await request.get('/sandbox/inbox.json', { headers: inboxHeaders() });
    expect(keyed.status()).toBe(200);
    expect(keyed.headers()['content-type']).toContain('application/json');
    const text = await keyed.text();
    canary.check('GET /sandbox/inbox.json', text);
    expect(Array.isArray(JSON.parse(text))).toBe(true);
  });

  test('the inbox page sends anonymous visitors to sign-in', async ({ page }) => {
    await page.goto('/sandbox/inbox');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test.describe('staff', () => {
    test.use({ role: 'viewer' });
    test('read the inbox page and the JSON with their session', async ({ page }) => {
      await page.goto('/sandbox/inbox');
      await expect(page.getByRole('heading', { level: 1, name: 'OTP inbox' })).toBeVisible();
      expect((await page.request.get('/sandbox/inbox.json')).status()).toBe(200);
    });
  });
});

test.describe('malformed input', () => {
  test('a resume link with broken percent-encoding answers 400, not 500', async ({ request }) => {
    const res = await request.get('/signup/resume/%E0%A4%A', { maxRedirects: 0 });
    expect(res.status()).toBe(400);
  });

  test('an unknown resume link lands on the signup page saying so', async ({ page }) => {
    await page.goto(`/signup/resume/${randomBytes(32).toString('base64url')}`);
    await expect(page).toHaveURL(/\/signup\?resume=invalid$/);
    await expect(page.getByRole('alert').filter({ hasText: 'resume link' })).toBeVisible();
  });
});
