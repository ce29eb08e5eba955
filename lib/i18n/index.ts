import { en, type MessageKey, type Messages } from './en';
import { format, type Params, type Translate } from './format';
import { hi } from './hi';

export type { MessageKey, Messages } from './en';
export { format, type Params, type Translate } from './format';

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

export function translator(messages: Messages): Translate {
  return (key, params) => format(messages[key] ?? en[key] ?? key, params);
}

export const t = (locale: Locale, key: MessageKey, params?: Params) => translator(getMessages(locale))(key, params);
