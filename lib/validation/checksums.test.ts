import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aadhaarLast4, isValidAadhaar } from './aadhaar';
import { GST_STATE_CODES, gstinCheckChar, gstinPan, isValidGstin } from './gstin';
import { aadhaarSchema, gstinSchema } from './kyc-schemas';
import { PAN_ENTITY_TYPES } from './pan';
import { verhoeffCheck, verhoeffDigit } from './verhoeff';

const digit = fc.constantFrom(...'0123456789'.split(''));
const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const digits = (min: number, max: number) => fc.array(digit, { minLength: min, maxLength: max }).map((a) => a.join(''));

/** Every string that differs from `s` in exactly one position, over `alphabet`. */
function substitutions(s: string, alphabet: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    for (const c of alphabet) if (c !== s[i]) out.push(s.slice(0, i) + c + s.slice(i + 1));
  }
  return out;
}

const validAadhaar = fc
  .tuple(fc.constantFrom(...'23456789'.split('')), digits(10, 10))
  .map(([first, rest]) => first + rest + verhoeffDigit(first + rest));

const validPan = fc
  .tuple(
    fc.array(letter, { minLength: 3, maxLength: 3 }),
    fc.constantFrom(...Object.keys(PAN_ENTITY_TYPES)),
    letter,
    digits(4, 4),
    letter,
  )
  .map(([a, t, b, d, e]) => `${a.join('')}${t}${b}${d}${e}`);

const validGstin = fc
  .tuple(fc.constantFrom(...Object.keys(GST_STATE_CODES)), validPan, fc.constantFrom(...ALNUM.slice(1)))
  .map(([state, pan, entity]) => {
    const first14 = `${state}${pan}${entity}Z`;
    return first14 + gstinCheckChar(first14);
  });

describe('Verhoeff', () => {
  it('accepts any digit string completed with its check digit', () => {
    fc.assert(fc.property(digits(1, 30), (d) => verhoeffCheck(d + verhoeffDigit(d))));
  });

  it('rejects every single-digit substitution', () => {
    fc.assert(
      fc.property(digits(1, 20), (d) => {
        const full = d + verhoeffDigit(d);
        return substitutions(full, '0123456789'.split('')).every((s) => !verhoeffCheck(s));
      }),
    );
  });

  it('rejects every adjacent transposition of distinct digits', () => {
    fc.assert(
      fc.property(digits(2, 20), (d) => {
        const full = d + verhoeffDigit(d);
        for (let i = 0; i + 1 < full.length; i++) {
          if (full[i] === full[i + 1]) continue;
          const swapped = full.slice(0, i) + full[i + 1] + full[i] + full.slice(i + 2);
          if (verhoeffCheck(swapped)) return false;
        }
        return true;
      }),
    );
  });

  it('matches known vectors and rejects non-digits', () => {
    expect(verhoeffDigit('236')).toBe('3');
    expect(verhoeffCheck('2363')).toBe(true);
    expect(verhoeffCheck('')).toBe(false);
    expect(verhoeffCheck('12a4')).toBe(false);
    expect(() => verhoeffDigit('')).toThrow();
  });
});

describe('Aadhaar', () => {
  it('accepts generated valid numbers, with or without spaces', () => {
    fc.assert(
      fc.property(validAadhaar, (a) => {
        const spaced = `${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}`;
        return isValidAadhaar(a) && aadhaarSchema.safeParse(spaced).data === a;
      }),
    );
  });

  it('rejects every single-digit change', () => {
    fc.assert(
      fc.property(validAadhaar, (a) => substitutions(a, '0123456789'.split('')).every((s) => !isValidAadhaar(s))),
    );
  });

  it('gives one message per failure', () => {
    const msg = (s: string) => aadhaarSchema.safeParse(s).error?.issues.map((i) => i.message);
    expect(msg('12345')).toEqual(['Aadhaar number has 12 digits']);
    expect(msg('2345678901ab')).toEqual(['Aadhaar number has 12 digits']);
    const leading = `1${'23456789012'}`;
    expect(msg(leading.slice(0, 11) + verhoeffDigit(leading.slice(0, 11)))).toEqual([
      'Aadhaar numbers do not start with 0 or 1',
    ]);
    const good = `23456789012${verhoeffDigit('23456789012')}`;
    const bad = good.slice(0, 11) + String((Number(good[11]) + 1) % 10);
    expect(msg(bad)).toEqual(['This Aadhaar number is not valid (checksum)']);
    expect(aadhaarLast4('2345 6789 0123')).toBe('0123');
  });
});

describe('GSTIN', () => {
  it('accepts generated valid GSTINs and exposes the PAN', () => {
    fc.assert(fc.property(validGstin, (g) => isValidGstin(g) && gstinPan(g) === g.slice(2, 12)));
  });

  it('rejects every single-character substitution', () => {
    fc.assert(fc.property(validGstin, (g) => substitutions(g, ALNUM).every((s) => !isValidGstin(s))));
  });

  it('matches a real GSTIN and explains failures', () => {
    expect(isValidGstin('27AAPFU0939F1ZV')).toBe(true);
    expect(gstinCheckChar('27AAPFU0939F1Z')).toBe('V');
    expect(gstinSchema.safeParse(' 27aapfu0939f1zv ').data).toBe('27AAPFU0939F1ZV');
    const msg = (s: string) => gstinSchema.safeParse(s).error?.issues[0].message;
    expect(msg('27AAPFU0939F1Z')).toMatch(/15 characters/);
    expect(msg('40AAPFU0939F1ZV')).toMatch(/state code/);
    // The reference's example has "D" as the PAN's 4th letter, which no PAN has.
    expect(msg('29ABCDE1234F1Z5')).toMatch(/valid PAN/);
    expect(msg('27AAPFU0939F1ZW')).toMatch(/check character/);
    expect(gstinPan('27AAPFU0939F1ZW')).toBeNull();
  });
});
