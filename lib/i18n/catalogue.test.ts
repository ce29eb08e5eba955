import { describe, expect, it } from 'vitest';
import { en } from './en';
import { hi } from './hi';
import { format, getMessages, t } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('Hindi has every English key and no others', () => {
    expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
  });

  it('every Hindi string is translated and keeps the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(hi[key].trim(), key).not.toBe('');
      expect(placeholders(hi[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and falls back to English for an unknown locale', () => {
    expect(t('en', 'otp.resendIn', { s: 12 })).toBe('You can ask for a new code in 12 s.');
    expect(t('hi', 'otp.resendIn', { s: 12 })).toContain('12');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(getMessages('xx' as 'en')).toBe(en);
  });
});
