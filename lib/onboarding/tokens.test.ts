import { describe, expect, it } from 'vitest';
import { hashResumeToken, newResumeToken, readDraftCookie, signDraftCookie } from './tokens';

describe('resume tokens', () => {
  it('are 32 random bytes, stored only as their sha256', () => {
    const a = newResumeToken();
    const b = newResumeToken();
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashResumeToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});

describe('the self-signup draft cookie', () => {
  const secret = 'x'.repeat(40);
  it('reads back the draft id it was signed for', () => {
    expect(readDraftCookie(signDraftCookie('draft123', secret), secret)).toBe('draft123');
  });
  it('refuses a guessed, altered or foreign cookie', () => {
    const good = signDraftCookie('draft123', secret);
    expect(readDraftCookie('draft123', secret)).toBeNull();
    expect(readDraftCookie(good.replace('draft123', 'draft124'), secret)).toBeNull();
    expect(readDraftCookie(good, 'y'.repeat(40))).toBeNull();
    expect(readDraftCookie(undefined, secret)).toBeNull();
    expect(readDraftCookie(`${good}x`, secret)).toBeNull();
  });
});
