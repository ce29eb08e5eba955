import { expect, test, unique } from './fixtures';

test.describe('security headers', () => {
  test('a public page carries a nonce CSP and the baseline headers', async ({ request, canary }) => {
    const res = await request.get('/sign-in');
    expect(res.status()).toBe(200);
    const h = res.headers();
    const html = await res.text();
    canary.check('GET /sign-in', html);

    const csp = h['content-security-policy'] ?? '';
    const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp)?.[1];
    expect(nonce, `CSP with a nonce: ${csp}`).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // The page's own scripts carry this response's nonce.
    expect(html).toContain(`nonce="${nonce}"`);

    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBeTruthy();
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['x-powered-by']).toBeUndefined();
  });

  test('the nonce is fresh on every request', async ({ request }) => {
    const nonceOf = async () =>
      /'nonce-([^']+)'/.exec((await request.get('/sign-in')).headers()['content-security-policy'] ?? '')?.[1];
    const [a, b] = [await nonceOf(), await nonceOf()];
    expect(a).toBeTruthy();
    expect(a).not.toBe(b);
  });

  test.describe('signed in', () => {
    test.use({ role: 'owner' });
    test('pages are Cache-Control: no-store and carry the CSP', async ({ page }) => {
      for (const path of ['/dashboard', '/settings/users']) {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        expect(res?.headers()['cache-control'], path).toContain('no-store');
        expect(res?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      }
    });
  });
});

test.describe('cross-origin writes', () => {
  for (const path of ['/sign-in', '/api/auth/callback/credentials', '/settings/users']) {
    test(`a POST to ${path} from another origin is refused with 403`, async ({ request }) => {
      const res = await request.post(path, {
        headers: { Origin: 'http://evil.example' },
        form: { email: 'owner@demo.test', password: 'x' },
        maxRedirects: 0,
      });
      expect(res.status()).toBe(403);
    });
  }

  test('a POST from the portal’s own origin is not refused by the origin check', async ({ request, baseURL }) => {
    const res = await request.post('/sign-in', {
      headers: { Origin: new URL(baseURL!).origin },
      form: { email: 'x' },
      maxRedirects: 0,
    });
    expect(res.status()).not.toBe(403);
  });
});

// The sandbox inbox's access rules and the sign-in limits: e2e/security-auth.spec.ts.
