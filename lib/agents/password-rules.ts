/**
 * The agent password rules, pure (no zod) so the form can show them as they are met while
 * typing and the server schema (schemas.ts) enforces exactly the same list.
 */
export type PasswordRule = { id: string; label: string; test: (pw: string) => boolean };

export const PASSWORD_RULES: readonly PasswordRule[] = [
  { id: 'length', label: 'At least 8 characters', test: (pw) => pw.length >= 8 },
  { id: 'max', label: 'At most 128 characters', test: (pw) => pw.length <= 128 },
  { id: 'lower', label: 'A lower-case letter', test: (pw) => /[a-z]/.test(pw) },
  { id: 'upper', label: 'An upper-case letter', test: (pw) => /[A-Z]/.test(pw) },
  { id: 'digit', label: 'A digit', test: (pw) => /\d/.test(pw) },
];

/** Labels of the rules a password does not meet yet (empty when it is acceptable). */
export function unmetPasswordRules(pw: string): string[] {
  return PASSWORD_RULES.filter((r) => !r.test(pw)).map((r) => r.label);
}
