import type { MessageKey, Messages } from './en';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Looks a key up and fills `{name}` placeholders; an unknown placeholder stays visible. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/**
 * A translator over one whole catalogue, without the English fallback of `translator` in
 * ./index: the browser gets its catalogue from the page, and importing the fallback would ship
 * the English catalogue in the signup's JavaScript a second time (3.6 KB gzip).
 */
export function catalogueTranslator(messages: Messages): Translate {
  return (key, params) => format(messages[key] ?? key, params);
}
