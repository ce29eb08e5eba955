import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

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

/** A server action's id from the build the e2e server runs (`.next`, or NEXT_DIST_DIR). */
function actionIdOf(file: string, name: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(process.env.NEXT_DIST_DIR || '.next', 'server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const hit = Object.entries(manifest.node).find(([, e]) => e.exportedName === name && e.filename?.endsWith(file));
  if (!hit) throw new Error(`no server action ${name} in ${file}`);
  return hit[0];
}

test.describe('cross-origin server actions', () => {
  // Action calls skip proxy.ts (its cost per action, nothing an action needs): Next's own origin
  // check must refuse them before the action runs.
  test.use({ role: 'owner' });
  test('an action posted from another origin never runs; from the portal itself it does', async ({
    request,
    baseURL,
  }) => {
    const id = actionIdOf('lib/agents/actions.ts', 'setAgentAvailability');
    // Invalid on purpose (no agent): when the action runs, its pipeline answers with field errors
    // and changes nothing.
    const call = (origin: string) =>
      request.post('/clients/CLDEMO000001/agents', {
        headers: {
          Origin: origin,
          'Next-Action': id,
          Accept: 'text/x-component',
          'Content-Type': 'text/plain;charset=UTF-8',
        },
        data: JSON.stringify([{ client_id: 'CLDEMO000001', agent_id: '', available: '1' }]),
        maxRedirects: 0,
      });
    const evil = await call('http://evil.example');
    // Refused by whichever layer sees it first (Next's origin check answers 500, proxy.ts 403).
    expect([403, 500]).toContain(evil.status());
    expect(await evil.text()).not.toContain('"ok"');
    const own = await call(new URL(baseURL!).origin);
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain('"ok":false');
  });
});

// The sandbox inbox's access rules and the sign-in limits: e2e/security-auth.spec.ts.
