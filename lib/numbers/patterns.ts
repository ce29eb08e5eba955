/**
 * Easy-to-remember digit patterns in a phone number, for highlighting search results.
 * Pure functions over the national number (what people read and dial), so they are
 * shared by the server (filtering) and the browser (rendering) and unit-tested.
 */
export type PatternKind = 'repeat' | 'run' | 'mirror';

export type PatternMatch = { kind: PatternKind; start: number; end: number; digits: string };

export const PATTERN_LABELS: Record<PatternKind, string> = {
  repeat: 'Repeated digits',
  run: 'Run of digits',
  mirror: 'Mirror',
};

/** Same digit three or more times in a row: 777, 0000. */
export function findRepeats(digits: string, minLength = 3): PatternMatch[] {
  const out: PatternMatch[] = [];
  let i = 0;
  while (i < digits.length) {
    let j = i + 1;
    while (j < digits.length && digits[j] === digits[i]) j++;
    if (j - i >= minLength) out.push({ kind: 'repeat', start: i, end: j, digits: digits.slice(i, j) });
    i = j;
  }
  return out;
}

/** Consecutive digits going up or down by one, four or more long: 1234, 9876 (no wrap 8901). */
export function findRuns(digits: string, minLength = 4): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (const step of [1, -1]) {
    let i = 0;
    while (i < digits.length - 1) {
      let j = i + 1;
      while (j < digits.length && Number(digits[j]) - Number(digits[j - 1]) === step) j++;
      if (j - i >= minLength) out.push({ kind: 'run', start: i, end: j, digits: digits.slice(i, j) });
      i = Math.max(j - 1, i + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const isPalindrome = (s: string) => s === [...s].reverse().join('');

/**
 * Palindromes of four or more digits that are not a single repeated digit: 1221, 12321.
 * Only maximal ones are kept (1221 inside 912219 is reported once, as 912219).
 */
export function findMirrors(digits: string, minLength = 4): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (let len = digits.length; len >= minLength; len--) {
    for (let i = 0; i + len <= digits.length; i++) {
      const s = digits.slice(i, i + len);
      if (!isPalindrome(s) || /^(\d)\1*$/.test(s)) continue;
      if (found.some((m) => m.start <= i && m.end >= i + len)) continue;
      found.push({ kind: 'mirror', start: i, end: i + len, digits: s });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * India's two-digit trunk (STD) codes of the metros, where landline numbers are the code and
 * eight subscriber digits. The code is the same for every number of a region, so a pattern in
 * it (Chennai's 44 before a 4, "444") says nothing about the number: hints skip it.
 */
const METRO_STD_CODES = new Set(['11', '20', '22', '33', '40', '44', '79', '80']);

/** Where the subscriber part of a 10-digit national number starts (0 when there is no known code). */
export function subscriberStart(national: string): number {
  const clean = national.replace(/\D/g, '');
  return clean.length === 10 && METRO_STD_CODES.has(clean.slice(0, 2)) ? 2 : 0;
}

/**
 * Every pattern in the digits, longest first where they overlap, then by position. Positions
 * are in the whole number (for highlighting) but only the subscriber part is searched.
 */
export function memorablePatterns(digits: string): PatternMatch[] {
  const whole = digits.replace(/\D/g, '');
  const from = subscriberStart(whole);
  const clean = whole.slice(from);
  const shift = (m: PatternMatch): PatternMatch => ({ ...m, start: m.start + from, end: m.end + from });
  const all = [...findRepeats(clean), ...findRuns(clean), ...findMirrors(clean)].map(shift);
  const chosen: PatternMatch[] = [];
  for (const m of all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!chosen.some((c) => m.start < c.end && c.start < m.end)) chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

export type Segment = { text: string; kind?: PatternKind };

/** The digits cut into plain and highlighted pieces, for rendering. */
export function patternSegments(digits: string, matches = memorablePatterns(digits)): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) out.push({ text: digits.slice(at, m.start) });
    out.push({ text: digits.slice(m.start, m.end), kind: m.kind });
    at = m.end;
  }
  if (at < digits.length) out.push({ text: digits.slice(at) });
  return out;
}
