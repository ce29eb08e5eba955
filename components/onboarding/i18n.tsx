'use client';

import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Locale, Messages } from '@/lib/i18n';
import { catalogueTranslator, type Translate } from '@/lib/i18n/format';

const I18nContext = createContext<{ locale: Locale; t: Translate } | null>(null);

/** Gives the wizard's client components the chosen catalogue (passed down by the page). */
export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ locale, t: catalogueTranslator(messages) }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
