import { describe, expect, it } from 'vitest';
import { findMirrors, findRepeats, findRuns, memorablePatterns, patternSegments } from './patterns';

describe('memorable patterns', () => {
  it('finds repeated digits of three or more', () => {
    expect(findRepeats('1147777123').map((m) => m.digits)).toEqual(['7777']);
    expect(findRepeats('1140000000')[0]).toMatchObject({ start: 3, end: 10 });
    expect(findRepeats('1122334455')).toEqual([]);
  });

  it('finds ascending and descending runs of four or more', () => {
    expect(findRuns('2241234000').map((m) => m.digits)).toEqual(['1234']);
    expect(findRuns('8049876512').map((m) => m.digits)).toEqual(['98765']);
    expect(findRuns('1140123459').map((m) => m.digits)).toEqual(['012345']);
    // No wrap-around, and three is not enough.
    expect(findRuns('1148901555')).toEqual([]);
    expect(findRuns('1145681999')).toEqual([]);
  });

  it('finds mirrors that are not a single repeated digit, maximal only', () => {
    expect(findMirrors('1141221000').map((m) => m.digits)).toEqual(['1221']);
    expect(findMirrors('4412321555').map((m) => m.digits)).toEqual(['12321']);
    expect(findMirrors('9991221999').map((m) => m.digits)).toEqual(['9991221999']);
    expect(findMirrors('1147777123')).toEqual([]);
  });

  it('keeps the longest pattern where they overlap', () => {
    const found = memorablePatterns('+91 22 4777 7123');
    expect(found.map((m) => [m.kind, m.digits])).toEqual([['repeat', '7777']]);
    expect(memorablePatterns('3341827059')).toEqual([]);
  });

  it('cuts the digits into plain and highlighted segments that rebuild the number', () => {
    const digits = '2241234777';
    const segments = patternSegments(digits);
    expect(segments.map((s) => s.text).join('')).toBe(digits);
    expect(segments.filter((s) => s.kind).map((s) => [s.kind, s.text])).toEqual([
      ['run', '1234'],
      ['repeat', '777'],
    ]);
  });
});

describe('the regional prefix', () => {
  it('is not part of a hint: Chennai 44 before a 4 is not "repeated digits"', () => {
    expect(memorablePatterns('4441827059')).toEqual([]);
    expect(memorablePatterns('4440003918').map((m) => [m.kind, m.digits, m.start])).toEqual([['repeat', '000', 3]]);
    // Mobile numbers have no trunk code: the whole number is searched.
    expect(memorablePatterns('9999182705').map((m) => m.digits)).toEqual(['9999']);
  });

  it('keeps positions in the whole number so highlighting still rebuilds it', () => {
    const segments = patternSegments('4441234777');
    expect(segments.map((s) => s.text).join('')).toBe('4441234777');
    expect(segments.filter((s) => s.kind).map((s) => s.text)).toEqual(['1234', '777']);
  });
});
