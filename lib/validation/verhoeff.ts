/**
 * Verhoeff check digit (dihedral group D5), used by Aadhaar. It catches every single-digit
 * substitution and every adjacent transposition, which is why UIDAI chose it.
 */

const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

const INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

const DIGITS = /^\d+$/;

/** True when the last digit of `digits` is the Verhoeff check digit of the rest. */
export function verhoeffCheck(digits: string): boolean {
  if (!DIGITS.test(digits)) return false;
  let c = 0;
  const n = digits.length;
  for (let i = 0; i < n; i++) {
    c = D[c][P[i % 8][digits.charCodeAt(n - 1 - i) - 48]];
  }
  return c === 0;
}

/** The check digit to append to `digitsWithoutCheck`. Throws on non-digit input. */
export function verhoeffDigit(digitsWithoutCheck: string): string {
  if (!DIGITS.test(digitsWithoutCheck)) throw new TypeError('verhoeffDigit expects a non-empty string of digits');
  let c = 0;
  const n = digitsWithoutCheck.length;
  for (let i = 0; i < n; i++) {
    c = D[c][P[(i + 1) % 8][digitsWithoutCheck.charCodeAt(n - 1 - i) - 48]];
  }
  return String(INV[c]);
}
