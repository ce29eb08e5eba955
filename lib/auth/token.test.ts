import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { readSessionClaims, sessionCookie } from './token';

/** Session tokens as Auth.js writes them (lib/auth/config.ts): sub, sid, sv; salt = cookie name. */
const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';
const NAME = 'authjs.session-token';
const token = (claims: Record<string, unknown>, opts: { salt?: string; secret?: string; maxAge?: number } = {}) =>
  encode({ token: claims, secret: opts.secret ?? SECRET, salt: opts.salt ?? NAME, maxAge: opts.maxAge ?? 3600 });

describe('session token claims', () => {
  it('reads user id, session id and version from a valid token', async () => {
    const value = await token({ sub: 'u1', sid: 's1', sv: 3 });
    expect(await readSessionClaims({ name: NAME, value }, SECRET)).toEqual({ userId: 'u1', sid: 's1', sv: 3 });
  });

  it('refuses a token from another secret, another cookie name, or tampered with', async () => {
    const value = await token({ sub: 'u2', sid: 's2', sv: 1 });
    expect(await readSessionClaims({ name: NAME, value }, 'another-secret-0123456789abcdef0123456789')).toBeNull();
    expect(await readSessionClaims({ name: '__Secure-authjs.session-token', value }, SECRET)).toBeNull();
    const flipped = value.slice(0, -4) + (value.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(await readSessionClaims({ name: NAME, value: flipped }, SECRET)).toBeNull();
    expect(await readSessionClaims({ name: NAME, value: 'not-a-jwt' }, SECRET)).toBeNull();
  });

  it('refuses a token without a session id or version (made before the session registry)', async () => {
    expect(await readSessionClaims({ name: NAME, value: await token({ sub: 'u3' }) }, SECRET)).toBeNull();
    expect(await readSessionClaims({ name: NAME, value: await token({ sub: 'u3', sid: 's3' }) }, SECRET)).toBeNull();
  });

  it('a decoded token stops counting when it expires, cached or not', async () => {
    const value = await token({ sub: 'u4', sid: 's4', sv: 0 }, { maxAge: 60 });
    const now = Date.now();
    expect(await readSessionClaims({ name: NAME, value }, SECRET, now)).not.toBeNull();
    // The same token again, now cached, two minutes later: expired.
    expect(await readSessionClaims({ name: NAME, value }, SECRET, now + 120_000)).toBeNull();
    const fresh = await token({ sub: 'u5', sid: 's5', sv: 0 }, { maxAge: 60 });
    expect(await readSessionClaims({ name: NAME, value: fresh }, SECRET, now + 120_000)).toBeNull();
  });

  it('finds the cookie under either name, whole or in chunks', () => {
    const jar = (c: Record<string, string>) => (n: string) => c[n];
    expect(sessionCookie(jar({}))).toBeNull();
    expect(sessionCookie(jar({ [NAME]: 'abc' }))).toEqual({ name: NAME, value: 'abc' });
    expect(sessionCookie(jar({ '__Secure-authjs.session-token': 'xyz', [NAME]: 'abc' }))).toEqual({
      name: '__Secure-authjs.session-token',
      value: 'xyz',
    });
    expect(sessionCookie(jar({ [`${NAME}.0`]: 'ab', [`${NAME}.1`]: 'cd', [`${NAME}.3`]: 'zz' }))).toEqual({
      name: NAME,
      value: 'abcd',
    });
  });
});
