import { describe, expect, it } from 'vitest';
import { signActing, verifyActing } from './cookie';

describe('act-as cookie', () => {
  const secret = 's'.repeat(40);
  it('round-trips an id signed with the secret', () => {
    expect(verifyActing(signActing('abc123', secret), secret)).toBe('abc123');
  });
  it('refuses a changed id, another secret, or junk', () => {
    const v = signActing('abc123', secret);
    expect(verifyActing(v.replace('abc123', 'abc124'), secret)).toBeNull();
    expect(verifyActing(v, 't'.repeat(40))).toBeNull();
    expect(verifyActing('abc123', secret)).toBeNull();
    expect(verifyActing(undefined, secret)).toBeNull();
  });
});
