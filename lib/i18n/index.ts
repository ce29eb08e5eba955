import { en, type MessageKey, type Messages } from './en';
import { hi } from './hi';

export type { MessageKey, Messages } from './en';

export const LOCALES = ['en', 'hi'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** Set by the language switcher; read by the signup pages and the wizard's actions. */
export const LOCALE_COOKIE = 'locale';

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

const CATALOGUES: Record<Locale, Messages> = { en, hi };

export function getMessages(locale: Locale): Messages {
  return CATALOGUES[locale] ?? en;
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Looks a key up and fills `{name}` placeholders; an unknown placeholder stays visible. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function translator(messages: Messages): Translate {
  return (key, params) => format(messages[key] ?? en[key] ?? key, params);
}

export const t = (locale: Locale, key: MessageKey, params?: Params) => translator(getMessages(locale))(key, params);
