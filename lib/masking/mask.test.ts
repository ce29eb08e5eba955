import { describe, expect, it } from 'vitest';
import { maskParty } from './mask';

describe('maskParty', () => {
  it('keeps the last four digits of a number in clear', () => {
    expect(maskParty('+91 98765 43210')).toBe('••••••3210');
    expect(maskParty('9876543210')).toBe('••••••3210');
  });

  it('never invents digits from a number upstream already masked', () => {
    expect(maskParty('+91••••••••10')).toBe('••••••10');
    expect(maskParty('+91******3210')).toBe('••••••3210');
    expect(maskParty('+91••••••••••')).toBe('••••');
  });

  it('says nothing about short or missing values', () => {
    expect(maskParty('123')).toBe('••••');
    expect(maskParty(null)).toBe('—');
    expect(maskParty('')).toBe('—');
  });
});
