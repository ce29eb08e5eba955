import type { z } from 'zod';

/** Form-level problems (not tied to one field) are keyed here. */
export const FORM_ERROR_KEY = '_form';

/** The names a schema's input can carry: field-error keys come from the schema, never free text. */
export type SchemaFieldKey<S> = S extends z.ZodType
  ? z.input<S> extends Record<string, unknown>
    ? Extract<keyof z.input<S>, string>
    : never
  : string;

/**
 * Field → messages. Given the schema type, only its fields (and `_form`) are valid keys, so a
 * misspelt field name in a form is a type error; without it, any string key (older callers).
 */
export type FieldErrors<S = unknown> = [unknown] extends [S]
  ? Record<string, string[]>
  : string extends SchemaFieldKey<S>
    ? Record<string, string[]>
    : { [K in SchemaFieldKey<S> | typeof FORM_ERROR_KEY]?: string[] };

/**
 * The ONE zod → field-errors conversion (actions, the partner client, pages reading search
 * params): keyed by the field's path (`email`, or `working_hours.sat.close` for a nested field,
 * so an editor can put the message next to the day), form-level issues under `_form`.
 */
export function fieldErrors<S = unknown>(error: z.ZodError): FieldErrors<S> {
  // A Map, not an object literal: a field may be named `toString` or `__proto__` (the fuzz test).
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : FORM_ERROR_KEY;
    out.set(key, [...(out.get(key) ?? []), issue.message]);
  }
  return Object.fromEntries(out) as FieldErrors<S>;
}
